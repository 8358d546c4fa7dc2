"""Body extraction and sentence splitting for the zzm news set.

Standard library only. The body of a document is the running text a reader
would call "the article": everything that is not a title, byline, dateline,
credit line, caption, sidebar or page boilerplate.

Three styles are recognised:

  wire       first line opens "CITY, Mon DD (Agency) - "; the whole dateline
             prefix is removed and the "[Reporting by ...]" credit line is
             dropped.
  newspaper  title line, "Published: YYYY-MM-DD", "By Firstname Lastname",
             a blank line, then the body.
  html       the <p> paragraphs inside <div class="article-body">, skipping
             anything inside <figure>, <figcaption> or <aside>.

Paragraphs are joined with a blank line. Offsets returned by split_sentences
are character offsets into the body string.
"""
import html
import re
from html.parser import HTMLParser

WIRE_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'.\- ]+), (?P<mon>[A-Z][a-z]{2}) (?P<day>\d{1,2}) "
    r"\((?P<agency>[^)]+)\) - ")
CREDIT_LINE = re.compile(r"^\[(Reporting|Writing|Editing) by .*\]\s*$")


def style_of(path, raw):
    if path.endswith(".html") or path.endswith(".htm"):
        return "html"
    first = raw.split("\n", 1)[0]
    if WIRE_DATELINE.match(first):
        return "wire"
    return "newspaper"


class _BodyParser(HTMLParser):
    SKIP = {"figure", "figcaption", "aside", "script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.div_depth = 0          # nesting depth of divs inside article-body
        self.in_body = False
        self.skip = 0
        self.in_p = False
        self.buf = []
        self.paras = []
        self.title = ""
        self._in_h1 = False
        self.datetime = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "time" and a.get("datetime") and not self.datetime:
            self.datetime = a["datetime"][:10]
        if tag == "h1":
            self._in_h1 = True
        if tag == "div":
            if self.in_body:
                self.div_depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.in_body = True
                self.div_depth = 1
        if tag in self.SKIP:
            self.skip += 1
        if tag == "p" and self.in_body and not self.skip:
            self.in_p = True
            self.buf = []

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        if tag == "p" and self.in_p:
            text = re.sub(r"\s+", " ", "".join(self.buf)).strip()
            if text:
                self.paras.append(text)
            self.in_p = False
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag == "div" and self.in_body:
            self.div_depth -= 1
            if self.div_depth == 0:
                self.in_body = False

    def handle_data(self, data):
        if self._in_h1:
            self.title += data
        if self.in_p and not self.skip:
            self.buf.append(data)


def read_doc(path):
    """Return a dict with style, title, published (may be ''), body."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    style = style_of(path, raw)
    title, published = "", ""
    if style == "html":
        p = _BodyParser()
        p.feed(raw)
        body = "\n\n".join(p.paras)
        title = re.sub(r"\s+", " ", html.unescape(p.title)).strip()
        published = p.datetime
    elif style == "wire":
        lines = raw.split("\n")
        lines[0] = WIRE_DATELINE.sub("", lines[0], count=1)
        kept = [l for l in lines if not CREDIT_LINE.match(l)]
        body = "\n".join(kept).strip()
    else:
        lines = raw.split("\n")
        title = lines[0].strip()
        m = re.match(r"Published:\s*(\d{4}-\d{2}-\d{2})", lines[1])
        published = m.group(1) if m else ""
        i = 2
        if lines[i].startswith("By "):
            i += 1
        body = "\n".join(lines[i:]).strip()
    body = re.sub(r"\n{3,}", "\n\n", body)
    return {"style": style, "title": title, "published": published, "body": body}


ABBREV = {"gen", "lt", "col", "brig", "maj", "sgt", "capt", "mr", "mrs", "ms",
          "dr", "prof", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep",
          "vs", "etc", "inc", "co", "corp", "ltd"}
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")


def _is_abbrev(text, dot):
    """True when the '.' at index dot ends an abbreviation such as Gen. or U.S."""
    if text[dot] != ".":
        return False
    m = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1)
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):   # U.S  U.N  U.K
        return True
    if re.fullmatch(r"[A-Z]", word):                     # initials: J. Smith
        return True
    return word.lower().rstrip(".") in ABBREV


def split_sentences(body):
    """Return [(start, end, sentence)] with offsets into body.

    Line breaks are always boundaries; inside a line a sentence ends at
    . ! or ? (with any closing quotes) followed by space and an upper-case
    letter, a digit or an opening quote, unless the full stop ends an
    abbreviation."""
    out = []
    pos = 0
    for line in body.split("\n"):
        start_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = 0
        for m in _BOUNDARY.finditer(line):
            nxt = line[m.end():m.end() + 1]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"'\u201c\u2018"):
                continue
            if _is_abbrev(line, m.start()):
                continue
            end = m.end()
            seg = line[s:end].rstrip()
            if seg.strip():
                lead = len(line[s:end]) - len(line[s:end].lstrip())
                out.append((start_line + s + lead, start_line + s + len(seg), seg.strip()))
            s = end
        seg = line[s:].rstrip()
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((start_line + s + lead, start_line + s + len(seg), seg.strip()))
    return out


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        d = read_doc(path)
        print("==", path, d["style"], d["published"], repr(d["title"]))
        for a, b, s in split_sentences(d["body"]):
            assert d["body"][a:b] == s, (a, b, s)
            print(f"[{a}:{b}] {s}")
