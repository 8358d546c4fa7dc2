#!/usr/bin/env python3
"""Body extraction and sentence splitting for news set zzze.

Three styles of article live in corpus/:

  wire       headline, blank line, body opening with "CITY, Mon DD (Agency) - ",
             closing "Reporting by ...; Editing by ..." line. The body is every
             paragraph after the headline up to (not including) the credit line.
             There is no publication date.
  newspaper  title, "Published: YYYY-MM-DD", "By ...", blank line, body. The body
             is everything after the first blank line.
  html       cookie banner, nav, <article> with <h1>, <time datetime>, <figure>,
             <div class="article-body"> with <p> paragraphs, <aside>, newsletter
             box, footer. The body is the text of the <p> elements inside
             div.article-body only, entities unescaped, paragraphs joined by a
             blank line. Captions, asides, newsletter boxes and footers are not
             body.

Sentences never cross a line break. Inside a line, a sentence ends at ".", "!"
or "?" (plus any closing quotes or brackets) followed by white space and a
capital letter, digit or opening quote, unless the word before the full stop is
a known abbreviation, a single letter, or has a full stop inside it (U.S., U.N.).

Run as
    python3 -B tools/textutil.py corpus/*
to print FILE<TAB>START<TAB>END<TAB>SENTENCE, offsets in the extracted body.
Standard library only.
"""
import html
import re
import sys
from html.parser import HTMLParser

ABBREVIATIONS = {
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "St", "Lt", "Col", "Capt",
    "Gov", "Prof", "Jr", "Sr", "Inc", "Co", "Corp", "Ltd", "No", "vs", "etc",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec",
}
CLOSERS = "\"'\u201d\u2019)]"
OPENERS = "\"'\u201c\u2018("


def style_of(path, text):
    """Return "html", "newspaper" or "wire"."""
    if path.lower().endswith((".html", ".htm")):
        return "html"
    lines = text.split("\n")
    if len(lines) > 1 and lines[1].startswith("Published:"):
        return "newspaper"
    return "wire"


class _BodyParser(HTMLParser):
    """Collects <h1>, <time datetime> and the <p> texts of div.article-body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.published = ""
        self.paragraphs = []
        self._div_depth = 0      # depth of <div> nesting inside article-body
        self._in_body = False
        self._in_p = False
        self._in_h1 = False
        self._buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self._in_body:
                self._div_depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self._in_body = True
                self._div_depth = 1
        elif tag == "p" and self._in_body:
            self._in_p = True
            self._buf = []
        elif tag == "h1" and not self.title:
            self._in_h1 = True
            self._buf = []
        elif tag == "time" and not self.published and a.get("datetime"):
            self.published = a["datetime"][:10]

    def handle_endtag(self, tag):
        if tag == "div" and self._in_body:
            self._div_depth -= 1
            if self._div_depth == 0:
                self._in_body = False
        elif tag == "p" and self._in_p:
            self._in_p = False
            self.paragraphs.append(re.sub(r"\s+", " ", "".join(self._buf)).strip())
        elif tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.title = re.sub(r"\s+", " ", "".join(self._buf)).strip()

    def handle_data(self, data):
        if self._in_p or self._in_h1:
            self._buf.append(data)


def extract(path):
    """Return a dict with style, title, published ("" when none) and body."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    style = style_of(path, text)
    if style == "html":
        p = _BodyParser()
        p.feed(text)
        p.close()
        body = "\n\n".join(x for x in p.paragraphs if x)
        return {"style": style, "title": html.unescape(p.title),
                "published": p.published, "body": body}
    lines = text.split("\n")
    title = lines[0].strip()
    published = ""
    if style == "newspaper":
        published = lines[1].split(":", 1)[1].strip()
    start = text.index("\n\n") + 2
    body = text[start:]
    if style == "wire":
        m = re.search(r"\n\s*Reporting by [^\n]*\s*$", body)
        if m:
            body = body[:m.start()]
    return {"style": style, "title": title, "published": published,
            "body": body.rstrip()}


def _ends_sentence(line, i):
    """Whether the punctuation at line[i] closes a sentence."""
    ch = line[i]
    if ch in "!?":
        return True
    # the word before the full stop
    m = re.search(r"([\w.\-]+)$", line[:i])
    word = m.group(1) if m else ""
    last = word.split("-")[-1]
    if last in ABBREVIATIONS:
        return False
    if "." in last:            # U.S, U.N, then-U.S
        return False
    if len(last) == 1 and last.isalpha() and last.isupper():
        return False           # an initial
    return True


def split_sentences(body):
    """Return [(start, end, sentence)] with offsets into body."""
    out = []
    pos = 0
    for line in body.split("\n"):
        i = 0
        n = len(line)
        start = 0
        while i < n:
            if line[i] in ".!?":
                j = i + 1
                while j < n and line[j] in CLOSERS:
                    j += 1
                k = j
                while k < n and line[k] == " ":
                    k += 1
                if k == n:
                    i = j
                    continue
                if k > j and (line[k].isupper() or line[k].isdigit()
                              or line[k] in OPENERS) and _ends_sentence(line, i):
                    seg = line[start:j]
                    lead = len(seg) - len(seg.lstrip())
                    if seg.strip():
                        out.append((pos + start + lead, pos + j, seg.strip()))
                    start = k
                    i = k
                    continue
                i = j
                continue
            i += 1
        seg = line[start:].rstrip()
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append((pos + start + lead, pos + start + len(seg), seg.strip()))
        pos += len(line) + 1
    return out


def main(paths):
    for path in paths:
        doc = extract(path)
        body = doc["body"]
        for s, e, sent in split_sentences(body):
            assert body[s:e] == sent, (path, s, e)
            print(f"{path}\t{s}\t{e}\t{sent}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
