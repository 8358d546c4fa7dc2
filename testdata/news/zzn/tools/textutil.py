"""Body extraction and sentence splitting for the zzn news set (stdlib only).

A document's body is the article text a reader would quote:

- wire copy (.txt whose first line opens "CITY, Mon DD (Agency) - "): every
  paragraph, with the dateline and agency removed from the first one and the
  closing "[Reporting by ...]" credit line dropped;
- newspaper piece (.txt with a title line, "Published: YYYY-MM-DD" and
  "By Firstname Lastname"): the paragraphs after the first blank line;
- HTML page: the <p> paragraphs inside <div class="article-body">, so the
  cookie banner, navigation, breadcrumbs, headline, byline, figure caption,
  asides, newsletter box and footer are left out.

Paragraphs are joined with a blank line. Offsets returned by sentences() are
character offsets into that body string.
"""
import html
import os
import re
from html.parser import HTMLParser

DATELINE = re.compile(r"^[A-Z][A-Z .'/-]*, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ")
CREDIT = re.compile(r"^\[(Reporting|Writing|Editing)\b")
PUBLISHED = re.compile(r"^Published: (\d{4}-\d{2}-\d{2})\s*$")


def style(path):
    """'wire', 'newspaper' or 'html'."""
    if path.endswith((".html", ".htm")):
        return "html"
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    return "wire" if DATELINE.match(first) else "newspaper"


class _ArticleBody(HTMLParser):
    """Collects the <p> texts inside <div class="article-body">."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting inside the article body
        self.in_body = False
        self.skip = 0           # inside figure / figcaption / aside
        self.in_p = False
        self.paras, self.buf = [], []
        self.title = ""
        self._in_h1 = False
        self.published = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "h1":
            self._in_h1 = True
        if tag == "time" and a.get("datetime") and not self.published:
            self.published = a["datetime"][:10]
        if tag == "div":
            if self.in_body:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.in_body, self.depth = True, 1
        if not self.in_body:
            return
        if tag in ("figure", "figcaption", "aside", "script", "style"):
            self.skip += 1
        elif tag == "p" and not self.skip:
            self.in_p, self.buf = True, []

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        if not self.in_body:
            return
        if tag in ("figure", "figcaption", "aside", "script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag == "p" and self.in_p:
            self.in_p = False
            text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
            if text:
                self.paras.append(text)
        elif tag == "div":
            self.depth -= 1
            if self.depth == 0:
                self.in_body = False

    def handle_data(self, data):
        if self._in_h1:
            self.title += data
        if self.in_body and self.in_p and not self.skip:
            self.buf.append(data)


def parse(path):
    """Return dict(style, title, published, body) for one corpus file."""
    st = style(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if st == "html":
        p = _ArticleBody()
        p.feed(raw)
        return {"style": st, "title": html.unescape(p.title.strip()),
                "published": p.published, "body": "\n\n".join(p.paras)}
    lines = raw.split("\n")
    if st == "wire":
        paras, title = [], ""
        for ln in lines:
            ln = ln.strip()
            if not ln or CREDIT.match(ln):
                continue
            m = DATELINE.match(ln)
            if m:
                ln = ln[m.end():]
            paras.append(ln)
        return {"style": st, "title": title, "published": "",
                "body": "\n\n".join(paras)}
    # newspaper: title, Published:, By, blank line, body
    title = lines[0].strip()
    published = ""
    for ln in lines[1:4]:
        m = PUBLISHED.match(ln.strip())
        if m:
            published = m.group(1)
    start = lines.index("") + 1
    paras = [ln.strip() for ln in lines[start:] if ln.strip()]
    return {"style": st, "title": title, "published": published,
            "body": "\n\n".join(paras)}


def body(path):
    return parse(path)["body"]


# Words that take a full stop without ending a sentence.
ABBREV = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Maj", "Col", "Capt",
          "Sgt", "Adm", "Gov", "Sen", "Rep", "Jr", "Sr", "St", "No", "Jan",
          "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
          "Nov", "Dec", "Inc", "Ltd", "Corp", "Co", "vs"}
_CAND = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def sentences(text):
    """Split text into sentences; return [(start, end, sentence)].

    Paragraph breaks always end a sentence. Inside a paragraph a sentence
    ends at . ! or ? (plus closing quotes) followed by space and a capital,
    a digit or an opening quote, unless the full stop closes an abbreviation
    from ABBREV, a single initial or a dotted acronym such as U.S. or U.N.
    """
    out = []
    for pm in re.finditer(r"[^\n]+", text):
        para, base = pm.group(0), pm.start()
        start = 0
        for m in _CAND.finditer(para):
            if para[m.start()] == ".":
                tok = re.search(r"([A-Za-z.]+)$", para[start:m.start()])
                word = tok.group(1) if tok else ""
                if word in ABBREV or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
                    continue
            end = m.end()
            seg = para[start:end]
            lead = len(seg) - len(seg.lstrip())
            out.append((base + start + lead, base + end, seg.strip()))
            start = end
        seg = para[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((base + start + lead, base + len(para.rstrip()), seg.strip()))
    return out


def word_re(phrase):
    """Case-insensitive whole-word pattern for a name or alias."""
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", re.IGNORECASE)


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        d = parse(p)
        print("==", os.path.basename(p), d["style"], d["published"], repr(d["title"]))
        for s, e, t in sentences(d["body"]):
            print(f"[{s}:{e}] {t}")
