#!/usr/bin/env python3
"""Body extraction and sentence splitting for news set zzy.

Three styles:
  wire       headline, blank line, body from the dateline line
             ("CITY, Mon DD (Agency) - ") to the line before the credit
             line ("Reporting by ..."); no publication date.
  newspaper  title line, "Published: YYYY-MM-DD", "By ...", blank line, body:
             everything after the By line.
  html       the <p> paragraphs inside <div class="article-body">, tags
             stripped and entities unescaped, joined by blank lines; the
             title is the <h1>, the date is <time datetime="...">.

Offsets are character offsets into the extracted body string.

Usage: python3 -B tools/textutil.py corpus/*
prints, for each file, its style, title and date, then every body sentence
as "start-end<TAB>sentence".
"""
import html
import os
import re
import sys

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ")
CREDIT = re.compile(r"^Reporting by ")
ABBREV = {"U.S", "U.K", "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Gen", "Lt",
          "Col", "Adm", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
          "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Co", "Corp", "Ltd", "vs",
          "Bhd", "Sdn"}
# a boundary: end punctuation, optional closing quotes or brackets, space(s),
# then something that can start a sentence
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


class Doc:
    """One article: its path, style, title, published date and body."""

    def __init__(self, path, style, title, published, body):
        self.path, self.style, self.title = path, style, title
        self.published, self.body = published, body
        self.sentences = split_sentences(body)

    @property
    def name(self):
        return os.path.basename(self.path)


def _wire(text, path):
    lines = text.split("\n")
    title = lines[0].strip()
    start = next((i for i, l in enumerate(lines) if DATELINE.match(l)), None)
    end = next((i for i, l in enumerate(lines) if CREDIT.match(l)), None)
    if start is None or end is None or end <= start:
        raise ValueError(f"{path}: no dateline or credit line")
    body = "\n".join(lines[start:end]).rstrip()
    return Doc(path, "wire", title, "", body)


def _newspaper(text, path):
    lines = text.split("\n")
    title = lines[0].strip()
    m = re.match(r"^Published: (\d{4}-\d{2}-\d{2})\s*$", lines[1])
    if not m or not lines[2].startswith("By "):
        raise ValueError(f"{path}: no Published/By lines")
    body = "\n".join(lines[3:]).strip("\n").rstrip()
    return Doc(path, "newspaper", title, m.group(1), body)


def _strip(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def _html(text, path):
    m = re.search(r'<div class="article-body">(.*?)</div>', text, re.S)
    if not m:
        raise ValueError(f"{path}: no div.article-body")
    paras = [_strip(p) for p in re.findall(r"<p>(.*?)</p>", m.group(1), re.S)]
    body = "\n\n".join(p for p in paras if p)
    h1 = re.search(r"<h1>(.*?)</h1>", text, re.S)
    t = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})"', text)
    if not h1 or not t:
        raise ValueError(f"{path}: no h1 or time")
    return Doc(path, "html", _strip(h1.group(1)), t.group(1), body)


def load(path):
    """Read one article and return its Doc."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".html"):
        return _html(text, path)
    lines = text.split("\n")
    if len(lines) > 1 and lines[1].startswith("Published:"):
        return _newspaper(text, path)
    return _wire(text, path)


def split_sentences(body):
    """Return [(start, end, sentence)]: lines first, then punctuation."""
    out = []
    pos = 0
    for line in body.split("\n"):
        lstart = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in BOUNDARY.finditer(line):
            word = re.search(r"(\S+)$", line[:m.start()])
            tok = word.group(1) if word else ""
            tok = tok.lstrip("\"'(\u201c\u2018")
            if tok in ABBREV or re.fullmatch(r"[A-Z]", tok):
                continue
            end = m.start() + len(m.group(0).rstrip())
            _add(out, line, lstart, cut, end)
            cut = m.end()
        _add(out, line, lstart, cut, len(line))
    return out


def _add(out, line, lstart, a, b):
    seg = line[a:b]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        s = lstart + a + lead
        out.append((s, s + len(seg), seg))


def main(paths):
    for p in paths:
        d = load(p)
        print(f"== {p} ({d.style}) {d.title!r} published={d.published or '-'} "
              f"words={len(d.body.split())} sentences={len(d.sentences)}")
        for s, e, t in d.sentences:
            assert d.body[s:e] == t
            print(f"{s}-{e}\t{t}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
