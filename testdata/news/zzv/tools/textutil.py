#!/usr/bin/env python3
"""Cleaned text and sentence spans for the zzv corpus (stdlib only).

The cleaned text of a document is what the gold is annotated against:

- .txt (wire copy and newspaper pieces): everything after the first blank
  line, i.e. the body without the headline, the Published line and the byline.
  A wire body keeps its dateline and credit line.
- .html: only the paragraphs of <div class="article-body">, joined by a blank
  line. Title, byline, caption, related headlines, newsletter box and footer
  are left out.

Usage:
    textutil.py FILE...            print the cleaned text
    textutil.py --sentences FILE   print start, end and text of each sentence
    textutil.py --meta FILE        print title, date and word count
"""
import html
import os
import re
import sys
from html.parser import HTMLParser


class _BodyParser(HTMLParser):
    """Collects <p> texts inside <div class="article-body"> and the page metadata."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting depth inside the body div (0 = outside)
        self.in_p = False
        self.paras, self.cur = [], []
        self.title, self.date = "", ""
        self.in_h1 = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.depth = 1
        elif tag == "p" and self.depth:
            self.in_p, self.cur = True, []
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "time" and not self.date:
            self.date = a.get("datetime", "")[:10]

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append(re.sub(r"\s+", " ", "".join(self.cur)).strip())
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_p:
            self.cur.append(data)
        if self.in_h1:
            self.title += data


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def meta(path):
    """Title and date (YYYY-MM-DD, or the wire dateline without a year)."""
    raw = read(path)
    if path.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        return {"title": p.title.strip(), "date": p.date}
    lines = raw.split("\n")
    date = ""
    for line in lines[1:4]:
        if line.startswith("Published: "):
            date = line[len("Published: "):].strip()
    if not date:
        m = re.match(r"[A-Z ]+, (\w{3} \d{1,2}) \(", clean(path))
        date = m.group(1) if m else ""
    return {"title": lines[0].strip(), "date": date}


def clean(path):
    raw = read(path)
    if path.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        return "\n\n".join(x for x in p.paras if x)
    head, _, body = raw.partition("\n\n")
    return body.strip()


_ABBREV = {"U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jan.", "Feb.",
           "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "a.m.", "p.m."}


def sentences(text):
    """(start, end, sentence) spans: split on line breaks, then after . ! ? followed
    by a space and an upper-case letter or a quote, unless the word is a known
    abbreviation."""
    out = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = 0
        for m in re.finditer(r'[.!?]["\u201d]?(?=\s+["\u201c(]?[A-Z0-9])', line):
            word = line[:m.end()].split()[-1].strip('"\u201d')
            if word in _ABBREV:
                continue
            seg = line[s:m.end()]
            lead = len(seg) - len(seg.lstrip())
            out.append((start + s + lead, start + m.end(), seg.strip()))
            s = m.end()
        seg = line[s:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((start + s + lead, start + len(line.rstrip()), seg.strip()))
    return out


def words(text):
    return len(re.findall(r"\S+", text))


def main(argv):
    if not argv:
        sys.exit(__doc__)
    mode = "text"
    if argv[0] in ("--sentences", "--meta"):
        mode, argv = argv[0][2:], argv[1:]
    for path in argv:
        if mode == "meta":
            m = meta(path)
            print(f"{os.path.basename(path)}\t{m['date']}\t{words(clean(path))} words\t{m['title']}")
        elif mode == "sentences":
            for a, b, s in sentences(clean(path)):
                print(f"{a}\t{b}\t{s}")
        else:
            print(clean(path))


if __name__ == "__main__":
    main(sys.argv[1:])
