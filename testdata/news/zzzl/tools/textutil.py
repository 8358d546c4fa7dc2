#!/usr/bin/env python3
"""Body extraction and sentence splitting for the zzzl news set.

Three article styles live in corpus/:

  wire (.txt)       headline, blank line, paragraphs; the body is every
                    paragraph after the headline except the closing
                    "Reporting by ...; Editing by ..." line.
  newspaper (.txt)  title, "Published: YYYY-MM-DD", "By ...", blank line,
                    paragraphs; the body is everything after the By line.
  HTML (.html)      the <p> elements inside <div class="article-body">,
                    with entities decoded and whitespace collapsed.

Paragraphs are joined by one blank line ("\\n\\n"); every offset in the gold
and in selfcheck_statements.jsonl is a character offset into that body.

Usage: python3 -B tools/textutil.py corpus/*
prints FILE<TAB>START<TAB>END<TAB>SENTENCE for every sentence.
"""
import html
import os
import re
import sys
from html.parser import HTMLParser

__all__ = ["Doc", "load", "sentences", "style_of"]


class Doc:
    """One extracted article: file name, style, title, published date, body."""

    def __init__(self, path, style, title, published, body):
        self.path = path
        self.name = os.path.basename(path)
        self.style = style
        self.title = title
        self.published = published  # None for wire copy (no year in the file)
        self.body = body


def style_of(path, text):
    if path.endswith(".html"):
        return "html"
    lines = text.split("\n")
    if len(lines) > 1 and lines[1].startswith("Published:"):
        return "newspaper"
    return "wire"


def _paragraphs(lines):
    paras, cur = [], []
    for line in lines:
        if line.strip():
            cur.append(line.strip())
        elif cur:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


def _wire(path, text):
    lines = text.split("\n")
    title = lines[0].strip()
    paras = _paragraphs(lines[1:])
    if paras and paras[-1].startswith("Reporting by"):
        paras = paras[:-1]
    return Doc(path, "wire", title, None, "\n\n".join(paras))


def _newspaper(path, text):
    lines = text.split("\n")
    title = lines[0].strip()
    published = lines[1].split(":", 1)[1].strip()
    i = next(n for n, l in enumerate(lines) if l.startswith("By "))
    paras = _paragraphs(lines[i + 1:])
    return Doc(path, "newspaper", title, published, "\n\n".join(paras))


class _BodyParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.div_depth = 0      # depth of <div> nesting inside article-body
        self.in_body = False
        self.in_p = False
        self.in_h1 = False
        self.paras, self.cur = [], []
        self.h1 = []
        self.time = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.in_body:
                self.div_depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.in_body, self.div_depth = True, 1
        elif tag == "p" and self.in_body:
            self.in_p, self.cur = True, []
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "time" and self.time is None:
            self.time = a.get("datetime")

    def handle_endtag(self, tag):
        if tag == "div" and self.in_body:
            self.div_depth -= 1
            if self.div_depth == 0:
                self.in_body = False
        elif tag == "p" and self.in_p:
            self.in_p = False
            text = re.sub(r"\s+", " ", "".join(self.cur)).strip()
            if text:
                self.paras.append(text)
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_p:
            self.cur.append(data)
        if self.in_h1:
            self.h1.append(data)


def _html(path, text):
    p = _BodyParser()
    p.feed(text)
    p.close()
    title = html.unescape(re.sub(r"\s+", " ", "".join(p.h1)).strip())
    published = (p.time or "")[:10] or None
    return Doc(path, "html", title, published, "\n\n".join(p.paras))


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    style = style_of(path, text)
    return {"wire": _wire, "newspaper": _newspaper, "html": _html}[style](path, text)


# Tokens after which a full stop does not end a sentence.
ABBREV = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.",
    "Sen.", "Rep.", "Gov.", "Pres.", "St.", "Jr.", "Sr.", "No.", "Co.", "Corp.",
    "Inc.", "Ltd.", "vs.", "e.g.", "i.e.", "etc.", "approx.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
}
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")            # U.S., U.N., J.
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u00de])")


def _is_abbrev(para, end):
    """end is the index just after a full stop; is the token before it an abbreviation?"""
    start = end
    while start > 0 and not para[start - 1].isspace():
        start -= 1
    token = para[start:end].lstrip("\"'\u201c\u2018([")
    return token in ABBREV or bool(_INITIALS.match(token))


def _split_paragraph(para):
    spans, start = [], 0
    for m in _BOUNDARY.finditer(para):
        stop = m.start() + 1  # just after the punctuation mark
        if para[m.start()] == "." and _is_abbrev(para, stop):
            continue
        end = m.end()
        spans.append((start, end))
        start = end
        while start < len(para) and para[start].isspace():
            start += 1
    if start < len(para):
        spans.append((start, len(para)))
    return spans


def sentences(body):
    """[(start, end, text)] over the body: newlines first, then punctuation."""
    out, offset = [], 0
    for para in body.split("\n\n"):
        for s, e in _split_paragraph(para):
            text = para[s:e].strip()
            if text:
                s2 = s + (len(para[s:e]) - len(para[s:e].lstrip()))
                out.append((offset + s2, offset + s2 + len(text), text))
        offset += len(para) + 2
    return out


def main(argv):
    import signal
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    if not argv:
        sys.exit(__doc__)
    for path in argv:
        doc = load(path)
        for s, e, text in sentences(doc.body):
            assert doc.body[s:e] == text
            print(f"{path}\t{s}\t{e}\t{text}")


if __name__ == "__main__":
    main(sys.argv[1:])
