#!/usr/bin/env python3
"""Body extraction and sentence splitting for the zzzf news set.

Three styles, told apart by the file itself:

  wire       headline, blank line, body opening with a "CITY, Mon DD (Agency) - "
             dateline; the closing "Reporting by ...; Editing by ..." line is not body.
             No publication year: published is "".
  newspaper  title, "Published: YYYY-MM-DD", "By ...", blank line, body.
  html       <article> with <h1>, <time datetime>, and the body in the <p>
             paragraphs of <div class="article-body">; captions, asides,
             newsletter boxes, navigation and footers are not body.

The body is the text the gold offsets refer to: paragraphs joined by a blank
line. Sentences never cross a line break.

Run as `python3 -B tools/textutil.py corpus/*` to print
FILE<TAB>START<TAB>END<TAB>SENTENCE for every sentence of every body.
Standard library only.
"""
import html
import html.parser
import os
import re
import sys

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "cmdr", "adm", "sgt",
    "st", "no", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
    "dec", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "gov", "sen",
    "rep", "prof", "mt", "ft", "approx",
}


class Document:
    """One article: its style, title, publication date and body text."""

    def __init__(self, path, style, title, published, body):
        self.path = path
        self.name = os.path.basename(path)
        self.style = style
        self.title = title
        self.published = published  # "YYYY-MM-DD" or "" (wire)
        self.body = body

    def sentences(self):
        return split_sentences(self.body)


class _ArticleParser(html.parser.HTMLParser):
    """Collects <h1>, <time datetime> and the <p> paragraphs of div.article-body."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.published = ""
        self.paragraphs = []
        self._in_h1 = False
        self._body_depth = 0  # div nesting depth inside article-body, 0 = outside
        self._in_p = False
        self._buf = []
        self._skip = 0  # inside figure/aside/footer/nav/script/style

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("figure", "aside", "footer", "nav", "script", "style", "form"):
            self._skip += 1
        if tag == "h1" and not self.title:
            self._in_h1 = True
            self._buf = []
        if tag == "time" and not self.published and a.get("datetime"):
            self.published = a["datetime"][:10]
        if tag == "div":
            if self._body_depth:
                self._body_depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self._body_depth = 1
        if tag == "p" and self._body_depth and not self._skip:
            self._in_p = True
            self._buf = []

    def handle_endtag(self, tag):
        if tag in ("figure", "aside", "footer", "nav", "script", "style", "form"):
            self._skip = max(0, self._skip - 1)
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.title = _clean("".join(self._buf))
        if tag == "div" and self._body_depth:
            self._body_depth -= 1
        if tag == "p" and self._in_p:
            self._in_p = False
            text = _clean("".join(self._buf))
            if text:
                self.paragraphs.append(text)

    def handle_data(self, data):
        if self._in_h1 or self._in_p:
            self._buf.append(data)


def _clean(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2,4}\.? \d{1,2} \([^)]+\) - ")


def load(path):
    """Reads a corpus file and returns its Document."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith((".html", ".htm")):
        p = _ArticleParser()
        p.feed(raw)
        p.close()
        return Document(path, "html", p.title, p.published, "\n\n".join(p.paragraphs))
    lines = raw.split("\n")
    title = lines[0].strip()
    if len(lines) > 1 and lines[1].startswith("Published: "):
        published = lines[1][len("Published: "):].strip()
        i = 2
        while i < len(lines) and lines[i].strip():  # the By line
            i += 1
        paras = _paragraphs(lines[i:])
        return Document(path, "newspaper", title, published, "\n\n".join(paras))
    paras = _paragraphs(lines[1:])
    if not paras or not WIRE_DATELINE.match(paras[0]):
        raise ValueError(f"{path}: neither newspaper, html nor wire (no dateline)")
    paras = [p for p in paras if not p.startswith("Reporting by ")]
    return Document(path, "wire", title, "", "\n\n".join(paras))


def _paragraphs(lines):
    out, cur = [], []
    for ln in lines:
        if ln.strip():
            cur.append(ln.strip())
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


# A boundary candidate: ., ! or ? with any closing quotes/brackets, then space,
# then something that can open a sentence.
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")


def _is_abbreviation(text, dot):
    """True when the period at text[dot] ends an abbreviation, not a sentence."""
    if text[dot] != ".":
        return False
    m = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word):  # U.S, U.N, D.C
        return True
    if len(word) == 1 and word.isupper():  # an initial
        return True
    return False


def split_sentences(body):
    """Returns [(start, end, sentence)] with offsets into body."""
    out = []
    for m in re.finditer(r"[^\n]+", body):
        line_start, line = m.start(), m.group(0)
        start = 0
        for b in _BOUNDARY.finditer(line):
            if _is_abbreviation(line, b.start()):
                continue
            end = b.end()
            _emit(out, line, line_start, start, end)
            start = end
        _emit(out, line, line_start, start, len(line))
    return out


def _emit(out, line, offset, start, end):
    seg = line[start:end]
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        s = offset + start + lead
        out.append((s, s + len(seg), seg))


def main(argv):
    if not argv:
        sys.exit(__doc__)
    for path in argv:
        doc = load(path)
        for start, end, sent in doc.sentences():
            assert doc.body[start:end] == sent
            print(f"{doc.name}\t{start}\t{end}\t{sent}")


if __name__ == "__main__":
    main(sys.argv[1:])
