#!/usr/bin/env python3
"""Cleaned bodies of the zzzg articles, and their word counts.

The gold annotates only the cleaned body of each article:

- .txt (wire and newspaper): everything after the header lines, which end at
  the first blank line (wire: the headline; newspaper: title, Published, By).
  The wire credit line at the end belongs to the body.
- .html: the text of <div class="article-body">, one paragraph a block,
  blocks separated by a blank line, character references decoded. Caption,
  aside, navigation, banner, newsletter box and footer are not body.

Usage:
    python3 -B tools/textutil.py            # table: file, stated date, words
    python3 -B tools/textutil.py FILE       # print the cleaned body of FILE
"""
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")


class _BodyParser(HTMLParser):
    """Collects the text of div.article-body, a block per <p>."""

    BLOCKS = {"p", "h2", "h3", "li", "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div depth inside the body div (0 = outside)
        self.blocks = []
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            if tag == "div":
                self.depth += 1
            if tag in self.BLOCKS:
                self._flush()
            return
        if tag == "div":
            classes = (dict(attrs).get("class") or "").split()
            if "article-body" in classes:
                self.depth = 1

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag in self.BLOCKS:
            self._flush()
        if tag == "div":
            self.depth -= 1
            if not self.depth:
                self._flush()

    def handle_data(self, data):
        if self.depth:
            self.cur.append(data)

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if text:
            self.blocks.append(text)
        self.cur = []


def clean_html(raw):
    p = _BodyParser()
    p.feed(raw)
    p.close()
    return "\n\n".join(p.blocks) + "\n"


def clean_txt(raw):
    raw = raw.replace("\r\n", "\n")
    head, sep, body = raw.partition("\n\n")
    if not sep:
        raise ValueError("no blank line after the header")
    return body.strip("\n") + "\n"


def header_txt(raw):
    return raw.replace("\r\n", "\n").partition("\n\n")[0].split("\n")


def path_of(name):
    return name if os.path.sep in name else os.path.join(CORPUS, name)


def cleaned(name):
    """The cleaned body of a corpus file, by bare name or path."""
    with open(path_of(name), encoding="utf-8") as f:
        raw = f.read()
    return clean_html(raw) if name.endswith(".html") else clean_txt(raw)


def words(text):
    return len(text.split())


def stated_date(name):
    with open(path_of(name), encoding="utf-8") as f:
        raw = f.read()
    if name.endswith(".html"):
        m = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', raw)
        return m.group(1) if m else ""
    for line in header_txt(raw):
        if line.startswith("Published: "):
            return line[len("Published: "):].strip()
    body = clean_txt(raw)
    m = re.match(r"[A-Z/ ]+, (\w{3}) (\d{1,2}) \(", body)
    if not m:
        return ""
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    y = "2026"   # wire datelines carry no year; every wire story here is 2026
    return f"{y}-{months.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}"


def documents():
    return sorted(n for n in os.listdir(CORPUS) if n.endswith((".txt", ".html")))


def main(argv):
    if len(argv) > 1:
        sys.stdout.write(cleaned(argv[1]))
        return 0
    total = 0
    for n in documents():
        w = words(cleaned(n))
        total += w
        flag = "" if 450 <= w <= 600 else "  OUT OF RANGE"
        print(f"{n:40s} {stated_date(n):10s} {w:4d}{flag}")
    print(f"{'total':40s} {'':10s} {total:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
