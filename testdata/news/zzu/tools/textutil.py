#!/usr/bin/env python3
"""Cleaned text and sentence spans for the articles of news set zzu.

Standard library only.

The cleaned text of a document is its body:

- wire copy and newspaper pieces (.txt): everything after the first blank
  line (the headline, the Published line and the byline are metadata);
- HTML pages (.html): the text of the <p> elements inside
  <div class="article-body">, one paragraph per line. The cookie banner,
  navigation, breadcrumbs, headline, byline, figure caption, related
  headlines, newsletter box and footer are all left out.

Paragraphs are joined with "\n". Sentence spans are (start, end) character
offsets into that text: a paragraph break always ends a sentence, and inside
a paragraph a sentence ends at . ? or ! (optionally followed by a closing
quote or bracket) followed by a space and an upper-case letter or an opening
quote, unless the period closes a known abbreviation or an initial.

Usage: textutil.py FILE...   prints word counts and numbered sentences.
"""
import html
import os
import re
import sys
from html.parser import HTMLParser

ABBREV = {"u.s", "mr", "mrs", "ms", "dr", "st", "lt", "col", "gen", "sen",
          "rep", "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "j.r", "u.k",
          "u.n", "inc", "corp", "co", "jr", "sr"}


class _BodyParser(HTMLParser):
    """Collects the <p> texts inside <div class="article-body">."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting depth inside the body div
        self.in_body = False
        self.in_p = False
        self.paras = []
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "div":
            if self.in_body:
                self.depth += 1
            elif "article-body" in (dict(attrs).get("class") or "").split():
                self.in_body, self.depth = True, 1
        elif tag == "p" and self.in_body:
            self.in_p, self.buf = True, []

    def handle_endtag(self, tag):
        if tag == "p" and self.in_p:
            self.in_p = False
            text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
            if text:
                self.paras.append(text)
        elif tag == "div" and self.in_body:
            self.depth -= 1
            if self.depth == 0:
                self.in_body = False

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)


def body(path):
    """The cleaned text of one article."""
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        return "\n".join(p.paras)
    head, _, rest = raw.partition("\n\n")
    paras = [re.sub(r"\s+", " ", x).strip() for x in rest.split("\n")]
    return "\n".join(x for x in paras if x)


def meta(path):
    """Title and, when the file states it, the publication date."""
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S)
        d = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', raw)
        return (html.unescape(re.sub(r"<[^>]+>", "", t.group(1))).strip() if t else "",
                d.group(1) if d else "")
    lines = raw.split("\n")
    d = re.search(r"^Published: (\d{4}-\d{2}-\d{2})$", raw, re.M)
    return lines[0].strip(), d.group(1) if d else ""


_END = re.compile(r"[.?!][\"'\u201d\u2019)]*(?= +[\"'\u201c\u2018(]?[A-Z0-9])")


def sentences(text):
    """(start, end) spans of the sentences of a cleaned text."""
    spans = []
    pos = 0
    for para in text.split("\n"):
        start = pos
        i = 0
        for m in _END.finditer(para):
            word = re.search(r"([\w.]+)\.$", para[: m.start() + 1])
            w = word.group(1).lower() if word else ""
            if para[m.start()] == "." and (w in ABBREV or re.fullmatch(r"[a-z]", w)):
                continue
            end = m.end()
            s = para[i:end].strip()
            if s:
                off = para.index(s, i)
                spans.append((start + off, start + off + len(s)))
            i = end
        s = para[i:].strip()
        if s:
            off = para.index(s, i)
            spans.append((start + off, start + off + len(s)))
        pos += len(para) + 1
    return spans


def words(text):
    return len(text.split())


if __name__ == "__main__":
    for f in sys.argv[1:]:
        t = body(f)
        title, date = meta(f)
        print(f"== {os.path.basename(f)}: {words(t)} words, {len(sentences(t))} sentences; "
              f"title={title!r} published={date!r}")
        if "-v" in os.environ.get("TEXTUTIL", ""):
            for n, (a, b) in enumerate(sentences(t), 1):
                print(f"{n:3d} {t[a:b]}")
