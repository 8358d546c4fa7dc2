"""Read a corpus article the way a reader would, and split it into sentences.

Plain-text articles (.txt) are read as they are. HTML pages (.html) keep only
what a reader takes as the story: the <h1> and the <p> paragraphs of the
div.article-body inside <article>. Cookie banners, menus, bylines, figure
captions, related links, newsletter boxes and footers are dropped.

clean_text(path) -> str
sentences(text) -> list of (start, end, sentence) with offsets into text
boilerplate_text(path) -> the text of an HTML page that is NOT kept (for checks)
metadata(path) -> dict(style, title, published) for the three house styles

Python 3 standard library only.
"""
import html
import os
import re
from html.parser import HTMLParser

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

# Tokens ending in a period that do not end a sentence.
ABBREVIATIONS = {
    "U.S.", "U.N.", "U.K.", "E.U.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.",
    "Col.", "Sgt.", "St.", "No.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.",
    "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Jr.", "Sr.", "Inc.", "Corp.",
    "Ltd.", "Co.", "vs.", "e.g.", "i.e.",
}

_BLOCK_END = re.compile(r"\n")


class _ArticleParser(HTMLParser):
    """Collects the article's h1 and its body paragraphs, and everything else."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open tags with attributes
        self.in_article = 0
        self.in_body = 0         # depth inside div.article-body
        self.in_title = False
        self.capture = None      # "h1" or "p" while inside one to keep
        self.buf = []
        self.kept = []           # kept blocks in order
        self.other = []          # text not kept (boilerplate)
        self.title = ""
        self.time = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("br", "img", "input", "meta", "link"):
            return
        self.stack.append(tag)
        classes = (a.get("class") or "").split()
        if tag == "article":
            self.in_article += 1
        if tag == "div" and "article-body" in classes:
            self.in_body = len(self.stack)
        if tag == "time" and a.get("datetime"):
            self.time = a["datetime"]
        if tag == "title":
            self.in_title = True
        if self.in_article and tag == "h1" and self.capture is None:
            self.capture, self.buf = "h1", []
        elif self.in_body and tag == "p" and self.capture is None:
            self.capture, self.buf = "p", []

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if self.capture == tag and tag in ("h1", "p"):
            text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
            if text:
                self.kept.append(text)
            self.capture = None
        # pop to the matching tag
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i] == tag:
                if self.in_body and i + 1 == self.in_body:
                    self.in_body = 0
                del self.stack[i:]
                break
        if tag == "article":
            self.in_article -= 1

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.stack and self.stack[-1] in ("script", "style"):
            return
        if self.capture:
            self.buf.append(data)
        elif data.strip():
            self.other.append(data.strip())


def _parse_html(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    p = _ArticleParser()
    p.feed(raw)
    p.close()
    return p


def clean_text(path):
    """The article text a reader takes from the file."""
    if path.endswith(".html"):
        return "\n\n".join(_parse_html(path).kept) + "\n"
    with open(path, encoding="utf-8") as f:
        return f.read()


def boilerplate_text(path):
    """For HTML: every piece of visible text that clean_text drops (title excluded)."""
    if not path.endswith(".html"):
        return ""
    return "\n".join(_parse_html(path).other)


def html_time(path):
    return _parse_html(path).time


def sentences(text):
    """Split text into sentences: at line breaks first, then after . ! ? that are
    followed by space and an upper-case letter, digit or opening quote, unless the
    token before the period is a known abbreviation. Returns (start, end, sentence)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(0), m.start()
        start = 0
        for b in re.finditer(r"[.!?][\"')\u201d\u2019]?(?=\s+[\"'(\u201c\u2018A-Z0-9])", line):
            end = b.end()
            tok = line[:b.start() + 1].split()[-1] if line[:b.start() + 1].split() else ""
            tok = tok.lstrip("\"'(\u201c\u2018")
            if tok in ABBREVIATIONS or re.fullmatch(r"(?:[A-Z]\.){1,3}", tok):
                continue
            seg = line[start:end]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                out.append((base + start + lead, base + end, seg.strip()))
            start = end
        seg = line[start:]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            out.append((base + start + lead, base + start + lead + len(seg.strip()), seg.strip()))
    return out


def metadata(path):
    """style: wire | newspaper | html; title; published (YYYY-MM-DD or '')."""
    name = os.path.basename(path)
    text = clean_text(path)
    lines = [l for l in text.split("\n")]
    if name.endswith(".html"):
        p = _parse_html(path)
        return {"style": "html", "title": p.kept[0] if p.kept else "", "published": p.time}
    if len(lines) > 1 and lines[1].startswith("Published: "):
        m = re.match(r"Published: (" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})$", lines[1])
        pub = ""
        if m:
            pub = "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(1)) + 1, int(m.group(2)))
        return {"style": "newspaper", "title": lines[0], "published": pub}
    return {"style": "wire", "title": lines[0], "published": ""}


def body_words(path):
    """Words of the story body (headline, dateline and meta lines excluded)."""
    meta = metadata(path)
    text = clean_text(path)
    lines = text.split("\n")
    if meta["style"] == "newspaper":
        body = "\n".join(lines[3:])
    elif meta["style"] == "wire":
        body = "\n".join(lines[1:])
    else:
        body = "\n".join(text.split("\n\n")[1:])
    return len(re.findall(r"\S+", body))


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        t = clean_text(p)
        for s, e, sent in sentences(t):
            print(f"{s:5d} {e:5d} {sent}")
