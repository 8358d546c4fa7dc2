#!/usr/bin/env python3
"""Cleaned text of the articles of news set zzzh, and word counts.

The cleaned body is what the gold annotates:

- .txt (wire and newspaper styles): everything after the header, which ends
  at the first blank line (wire: the headline; newspaper: title, Published:,
  By). The credit line of a wire story is part of its body.
- .html: the text of div.article-body only, one paragraph per <p>, paragraphs
  separated by a blank line, entities unescaped. Cookie banner, navigation,
  caption, aside, newsletter box and footer are not part of it.

Usage: python3 -B tools/textutil.py [FILE ...]   (default: every article)
prints, per file, its style, stated date, title and body word count.
"""
import html.parser
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
CORPUS_DIR = os.path.join(SET_DIR, "corpus")  # the articles (moved there when the set was added to kg)
ARTICLE_RE = re.compile(r"^\d\d_[a-z0-9_]+\.(txt|html)$")
MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def articles(set_dir=CORPUS_DIR):
    """Article file names of the set, sorted."""
    return sorted(f for f in os.listdir(set_dir) if ARTICLE_RE.match(f))


class _BodyParser(html.parser.HTMLParser):
    """Collects the paragraphs inside <div class="article-body">."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting inside the body; 0 = outside
        self.paras, self.cur = [], []
        self.h1, self.in_h1 = [], False
        self.time = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.depth = 1
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "time" and self.time is None:
            self.time = a.get("datetime")
        elif tag in ("p", "br") and self.depth:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
            if not self.depth:
                self._flush()
        elif tag == "h1":
            self.in_h1 = False
        elif tag == "p" and self.depth:
            self._flush()

    def handle_data(self, data):
        if self.depth:
            self.cur.append(data)
        if self.in_h1:
            self.h1.append(data)

    def _flush(self):
        s = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if s:
            self.paras.append(s)
        self.cur = []


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def clean(path):
    """The cleaned body of one article."""
    raw = _read(path)
    if path.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        p.close()
        return "\n\n".join(p.paras)
    head, sep, body = raw.partition("\n\n")
    if not sep:
        raise ValueError(f"{path}: no blank line after the header")
    paras = [re.sub(r"[ \t]+", " ", x).strip() for x in re.split(r"\n\s*\n", body)]
    return "\n\n".join(x for x in paras if x)


def meta(path):
    """Style, title and stated date (ISO; a wire gives month and day, the
    year is taken from the newest year named in the body)."""
    raw = _read(path)
    if path.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        return {"style": "html", "title": "".join(p.h1).strip(),
                "date": (p.time or "")[:10]}
    lines = raw.split("\n")
    if len(lines) > 1 and lines[1].startswith("Published: "):
        return {"style": "newspaper", "title": lines[0].strip(),
                "date": lines[1][len("Published: "):].strip()}
    body = clean(path)
    m = re.match(r"[A-Z][A-Z .'-]+, ([A-Z][a-z]{2}) (\d{1,2}) \(([^)]+)\) - ", body)
    if not m:
        raise ValueError(f"{path}: wire body does not open with a dateline")
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", body)]
    date = "%04d-%02d-%02d" % (max(years), MONTHS[m.group(1)], int(m.group(2)))
    return {"style": "wire", "title": lines[0].strip(), "date": date}


def words(text):
    """Word count as `wc -w` counts: runs of non-space characters."""
    return len(text.split())


_ABBR = {"U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.",
         "Lt.", "Col.", "Sen.", "Rep.", "No.", "Jan.", "Feb.", "Aug.", "Sept.",
         "Oct.", "Nov.", "Dec."}


def sentence_spans(text):
    """(start, end) of each sentence: a line break always ends one; so does
    . ! or ? (with a closing quote) before a space and a capital or an opening
    quote, unless the word before is a known abbreviation or an initial."""
    spans, start = [], 0
    for m in re.finditer(r"\n+|[.!?][\"\u201d']?\s+(?=[\"\u201cA-Z])", text):
        if not m.group().startswith("\n"):
            word = text[:m.start() + 1].split()[-1] if text[:m.start() + 1].split() else ""
            word = word.lstrip("\"\u201c(")
            if word in _ABBR or re.fullmatch(r"[A-Z]\.", word):
                continue
            end = m.start() + len(m.group().rstrip())
        else:
            end = m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def sentence_of(text, start, end):
    """The sentence (or run of sentences) that holds text[start:end]."""
    spans = sentence_spans(text)
    s = min((a for a, b in spans if a <= start < b), default=start)
    e = max((b for a, b in spans if a < end <= b), default=end)
    return s, e


def main(argv):
    files = argv or articles()
    for f in files:
        path = f if os.path.sep in f else os.path.join(CORPUS_DIR, f)
        m = meta(path)
        print(f"{os.path.basename(path)}\t{m['style']}\t{m['date']}\t"
              f"{words(clean(path))}\t{m['title']}")


if __name__ == "__main__":
    main(sys.argv[1:])
