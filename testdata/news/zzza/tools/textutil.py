#!/usr/bin/env python3
"""Cleaned text of the zzza corpus, as the gold is annotated.

Only the cleaned body is annotated:

- a .txt file (wire copy or newspaper piece): everything after the first
  blank line. For wire copy that is the dateline paragraph onwards (the
  headline is dropped); for a newspaper piece the title, "Published:" and
  "By" lines are dropped. The title is the first line; the date is the
  "Published:" line or, for wire copy, the dateline's month and day with
  the year stated in the body.
- an .html file: only the <p> paragraphs inside <div class="article-body">,
  tags stripped, entities unescaped, joined by blank lines. Navigation,
  cookie banner, figure captions, related headlines, newsletter box and
  footer are not part of it. The title is the <h1>, the date the
  <time datetime>.

Sentences are split on line breaks first, then after ., ! or ? (and a
closing quote) followed by a space and an upper-case letter or an opening
quote, except after known abbreviations. Spans are character offsets into
the cleaned text.

Usage: python3 -B tools/textutil.py corpus/01.txt [...]   (prints a summary)
"""
import html
import html.parser
import os
import re
import sys

MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
ABBREV = {"U.S.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Sen.", "Jan.",
          "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.",
          "Dec.", "No.", "Jr.", "Lt.", "Col.", "Capt.", "Gov.", "Rep."}


class _BodyParser(html.parser.HTMLParser):
    """Collects the <p> texts inside <div class="article-body">, plus <h1>
    and <time datetime>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting inside article-body (0 = outside)
        self.in_p = False
        self.in_h1 = False
        self.paras, self.buf = [], []
        self.title, self.h1buf, self.date = "", [], ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.depth = 1
        elif tag == "p" and self.depth:
            self.in_p, self.buf = True, []
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "time" and not self.date:
            self.date = a.get("datetime", "")

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append(re.sub(r"\s+", " ", "".join(self.buf)).strip())
        elif tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.title = re.sub(r"\s+", " ", "".join(self.h1buf)).strip()

    def handle_data(self, data):
        if self.in_p:
            self.buf.append(data)
        if self.in_h1:
            self.h1buf.append(data)


def load(path):
    """Returns a dict: path, name, kind (wire, newspaper, html), title, date
    (YYYY-MM-DD), text (the cleaned body), words."""
    raw = open(path, encoding="utf-8").read()
    name = os.path.basename(path)
    if name.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        text = "\n\n".join(x for x in p.paras if x)
        title, date, kind = html.unescape(p.title), p.date, "html"
    else:
        head, _, body = raw.partition("\n\n")
        text = body.strip("\n")
        lines = head.splitlines()
        title = lines[0].strip()
        pub = [l for l in lines if l.startswith("Published:")]
        if pub:
            kind, date = "newspaper", pub[0].split(":", 1)[1].strip()
        else:
            kind, date = "wire", _wire_date(text)
    return {"path": path, "name": name, "kind": kind, "title": title,
            "date": date, "text": text, "words": len(re.findall(r"\S+", text))}


def _wire_date(text):
    m = re.match(r"[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \([^)]+\) - ", text)
    if not m:
        raise ValueError("wire copy without a dateline")
    lead = text.split("\n\n", 1)[0]
    years = re.findall(r"\b(20\d\d)\b", lead)
    if not years:
        raise ValueError("wire copy whose lead paragraph states no year")
    year = years[0]  # the lead states the story's year before any history
    return f"{year}-{MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"


def sentences(text):
    """Yields (start, end) spans of sentences in text."""
    for lm in re.finditer(r"[^\n]+", text):
        line, base = lm.group(0), lm.start()
        start = 0
        for m in re.finditer(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])", line):
            word = line[:m.start() + 1].split()[-1] if line[:m.start() + 1].split() else ""
            if word.lstrip("\"'\u201c(") in ABBREV:
                continue
            if re.fullmatch(r"(?:[A-Z]\.)+", word.lstrip("\"'\u201c(")):
                continue  # initials such as "J." or "U.N."
            end = m.end()
            yield base + start, base + end
            start = end
            while start < len(line) and line[start] == " ":
                start += 1
        if start < len(line):
            yield base + start, base + len(line.rstrip())


def sentence_at(text, offset):
    """The (start, end) span of the sentence containing offset."""
    for s, e in sentences(text):
        if s <= offset < e:
            return s, e
    raise ValueError(f"offset {offset} is in no sentence")


if __name__ == "__main__":
    for path in sys.argv[1:]:
        d = load(path)
        n = sum(1 for _ in sentences(d["text"]))
        print(f"{d['name']}\t{d['kind']}\t{d['date']}\t{d['words']} words\t{n} sentences\t{d['title']}")
