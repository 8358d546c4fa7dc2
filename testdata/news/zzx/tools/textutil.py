"""Text helpers for news set zzx: load an article, split it into sentences,
find evidence strings.

A document is loaded as two texts:

- ``article``: what a reader takes as the article. For the wire and
  newspaper files (.txt) that is every line except the ``Published:`` and
  ``By ...`` lines and the closing credit line (``Reporting by ...``). For the
  HTML pages it is the <h1>, the <figcaption> and the paragraphs of
  <div class="article-body">, one block a line, entities decoded.
- ``junk``: the rest a careless extractor might read: byline and credit lines;
  cookie banner, nav menu, <aside> boxes, newsletter box and footer of the
  HTML pages.

Gold evidence must come from ``article`` and never only from ``junk``.
Run as a script to print the word count and sentence count of each article:

    python3 -B tools/textutil.py corpus/*.txt corpus/*.html
"""
import html
import html.parser
import re
import sys

# Abbreviations after which a full stop does not end a sentence.
ABBREV = {"u.s", "u.k", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sen",
          "rep", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "vs"}

JUNK_CLASSES = ("cookie", "consent", "gdpr", "newsletter", "sidebar",
                "most-read", "related", "site-header", "top-menu", "main-nav")
JUNK_TAGS = ("aside", "nav", "footer", "header", "form", "script", "style")
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "li", "figcaption", "div", "time",
              "section", "article", "figure", "ul", "ol", "footer", "aside",
              "nav", "header", "button")


class _Splitter(html.parser.HTMLParser):
    """Sorts the visible text of a page into article and junk blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, zone) for each open element
        self.article, self.junk = [], []
        self.buf, self.buf_zone = [], None

    def _zone(self):
        zone = None
        for _, z in self.stack:
            if z == "junk":
                return "junk"
            if z == "article":
                zone = "article"
        return zone

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
        if text:
            (self.article if self.buf_zone == "article" else self.junk).append(text)
        self.buf, self.buf_zone = [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("img", "input", "meta", "link", "br", "hr"):
            return
        a = dict(attrs)
        cls = " ".join([a.get("class") or "", a.get("id") or ""]).lower()
        zone = None
        if tag in JUNK_TAGS or any(c in cls for c in JUNK_CLASSES):
            zone = "junk"
        elif tag in ("h1", "figcaption") or "article-body" in cls:
            zone = "article"
        if tag in BLOCK_TAGS:
            self._flush()
        self.stack.append((tag, zone))

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self._flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        zone = self._zone()
        if zone is None:
            if data.strip() and self.stack and self.stack[-1][0] != "title":
                # visible text outside both zones (byline, time): junk
                self.junk.append(re.sub(r"\s+", " ", data).strip())
            return
        if self.buf and self.buf_zone != zone:
            self._flush()
        self.buf_zone = zone
        self.buf.append(data)

    def close(self):
        super().close()
        self._flush()


def load(path):
    """Return {'article': str, 'junk': str} for a corpus file."""
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        sp = _Splitter()
        sp.feed(raw)
        sp.close()
        return {"article": "\n".join(sp.article), "junk": "\n".join(sp.junk)}
    art, junk = [], []
    for line in raw.splitlines():
        if re.match(r"^(Published: |By |Reporting by |Additional reporting)", line):
            junk.append(line)
        else:
            art.append(line)
    return {"article": "\n".join(art).strip() + "\n", "junk": "\n".join(junk)}


def sentences(text):
    """Split text into (start, end, sentence) triples with offsets into text.

    Lines are split first (a headline or caption is its own sentence), then
    at . ! ? followed by optional closing quotes, a space and an upper-case
    letter, a digit or an opening quote, unless the word before the stop is a
    known abbreviation or a single initial.
    """
    out = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = 0
        for m in re.finditer(r"[.!?][\"'\u201d\u2019]?(?= +[A-Z0-9\"'\u201c\u2018])", line):
            word = re.findall(r"([A-Za-z.]+)\.$", line[:m.start() + 1])
            w = word[0].lower().rstrip(".") if word else ""
            if w in ABBREV or len(w) == 1:
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


def find(text, evidence):
    """Find evidence in text. Return (start, end, sentence) of the sentence
    that holds it, or None when it is absent or spans two sentences."""
    i = text.find(evidence)
    if i < 0:
        return None
    for st, en, sent in sentences(text):
        if st <= i and i + len(evidence) <= en:
            return st, en, sent
    return None


def word_count(text):
    return len(re.findall(r"[\w'\u2019-]+", text))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        d = load(p)
        print(f"{p}: {word_count(d['article'])} words, "
              f"{len(sentences(d['article']))} sentences; junk {word_count(d['junk'])} words")
