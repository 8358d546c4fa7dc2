#!/usr/bin/env python3
"""Clean and split the zzzm articles into sentences.

Usage: python3 -B textutil.py [CORPUS_DIR or FILE ...] [--words]

Prints FILE<TAB>START<TAB>END<TAB>SENTENCE for every sentence of every
article, where START and END are character offsets into the cleaned text
(see clean_text). With --words it prints the body word count of each file.

Cleaned text:
  .txt   the file as it is (title line, dateline or Published/By lines,
         paragraphs, the Reporting line); sentences never cross a line break.
  .html  the <h1> headline, then each <p> inside div.article-body, joined
         by blank lines, with HTML entities decoded and no-break spaces made
         plain spaces. Cookie banner, menus, breadcrumbs, figure captions,
         asides, newsletter boxes and footers are not part of it.

Standard library only.
"""
import html
import os
import re
import sys
from html.parser import HTMLParser

ABBREV = {"U.S.", "U.N.", "Oct.", "Nov.", "Dec.", "Jan.", "Feb.", "Aug.",
          "Sept.", "Gen.", "Col.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.",
          "a.m.", "p.m.", "No.", "Lt.", "U.K.", "U.A.E."}


class _Body(HTMLParser):
    """Collects the h1 and the <p> elements inside div.article-body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []        # open tags
        self.body_depth = None  # depth of div.article-body when inside it
        self.cur = None         # text buffer of the element being collected
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        self.stack.append(tag)
        cls = dict(attrs).get("class") or ""
        if tag == "div" and "article-body" in cls.split():
            self.body_depth = len(self.stack)
        if tag == "h1" or (tag == "p" and self.body_depth is not None):
            self.cur = []

    def handle_endtag(self, tag):
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        if tag in ("h1", "p") and self.cur is not None:
            text = re.sub(r"[ \t\r\n]+", " ", "".join(self.cur)).strip()
            if text:
                self.parts.append(text)
            self.cur = None
        while self.stack:
            top = self.stack.pop()
            if self.body_depth is not None and len(self.stack) < self.body_depth:
                self.body_depth = None
            if top == tag:
                break

    def handle_data(self, data):
        if self.cur is not None:
            self.cur.append(data)


def clean_text(path):
    """The cleaned text of one article (see the module doc)."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith(".html"):
        p = _Body()
        p.feed(raw)
        p.close()
        text = "\n\n".join(p.parts)
        text = html.unescape(text)  # convert_charrefs already did; harmless
    else:
        text = raw
    return text.replace("\u00a0", " ")


def body_paragraphs(path):
    """Paragraphs of the article body only (no title, dateline lines kept)."""
    text = clean_text(path)
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if path.endswith(".html"):
        return paras[1:]  # drop the h1
    out = []
    for i, p in enumerate(paras):
        if i == 0:
            continue  # title line (and Published/By lines glued to it)
        if p.startswith("Reporting by"):
            continue
        lines = [l for l in p.split("\n")
                 if not l.startswith("Published:") and not l.startswith("By ")]
        if lines:
            out.append("\n".join(lines))
    return out


_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(A-Z0-9])")


def split_sentences(text):
    """Yield (start, end) of each sentence; never crosses a line break."""
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(0), m.start()
        start = 0
        for e in _END.finditer(line):
            end = e.end()
            word = line[:e.start() + 1].split()[-1] if line[:e.start() + 1].split() else ""
            word = word.lstrip("\"'(\u201c\u2018")
            if word in ABBREV or re.fullmatch(r"[A-Z]\.", word):
                continue
            seg = line[start:end]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                yield base + start + lead, base + end
            start = end
        seg = line[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            yield base + start + lead, base + start + len(seg.rstrip())


def sentences(path):
    text = clean_text(path)
    return [(s, e, text[s:e]) for s, e in split_sentences(text)]


def _files(args):
    out = []
    for a in args:
        if os.path.isdir(a):
            out += sorted(os.path.join(a, n) for n in os.listdir(a)
                          if n.endswith((".txt", ".html")))
        else:
            out.append(a)
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        args = [os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")]
    for path in _files(args):
        name = os.path.basename(path)
        if "--words" in sys.argv:
            n = sum(len(p.split()) for p in body_paragraphs(path))
            print(f"{name}\t{n}")
            continue
        for s, e, sent in sentences(path):
            print(f"{name}\t{s}\t{e}\t{sent}")


if __name__ == "__main__":
    main()
