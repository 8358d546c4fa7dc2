"""Body extraction and sentence splitting for the three styles of set zzzc.

extract(path) returns a dict with title, published (ISO date or "") and body,
the cleaned article text that statement offsets refer to:

- wire copy (.txt whose second non-blank line is not "Published:"): the
  headline is the first line; the body is everything after the first blank
  line, dateline included, without the closing "Reporting by ...; Editing
  by ..." line. Wire copy carries no year, so published is "".
- newspaper (.txt with "Published: YYYY-MM-DD" on line 2 and "By ..." on
  line 3): title on line 1, body after the first blank line.
- HTML: title from <h1>, published from <time datetime>, body from the <p>
  elements inside <div class="article-body">, paragraphs joined by a blank
  line. Cookie banner, nav, figure caption, aside, newsletter box and footer
  are not body.

sentences(body) splits on line breaks first, then on sentence-final
punctuation followed by space and a capital letter or an opening quote,
guarding a few abbreviations. It returns (start, end, text) triples with
character offsets into body.
"""
import html
import re
from html.parser import HTMLParser

ABBREV = {"U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Gen.", "Sen.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.",
          "Inc.", "Ltd.", "Co.", "Corp.", "vs."}


class _BodyParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title, self.published = "", ""
        self.paras = []
        self._in_h1 = False
        self._body_depth = 0      # div nesting depth inside article-body
        self._in_p = False
        self._buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "h1":
            self._in_h1 = True
        elif tag == "time" and a.get("datetime") and not self.published:
            self.published = a["datetime"]
        elif tag == "div":
            if self._body_depth:
                self._body_depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self._body_depth = 1
        elif tag == "p" and self._body_depth:
            self._in_p, self._buf = True, []

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = False
        elif tag == "div" and self._body_depth:
            self._body_depth -= 1
        elif tag == "p" and self._in_p:
            self._in_p = False
            text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
            if text:
                self.paras.append(text)

    def handle_data(self, data):
        if self._in_h1:
            self.title += data
        if self._in_p:
            self._buf.append(data)


def extract(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith((".html", ".htm")):
        p = _BodyParser()
        p.feed(raw)
        return {"title": html.unescape(p.title).strip(), "published": p.published,
                "body": "\n\n".join(p.paras), "style": "html"}
    lines = raw.split("\n")
    title = lines[0].strip()
    head, _, rest = raw.partition("\n\n")
    m = re.search(r"^Published:\s*(\d{4}-\d{2}-\d{2})\s*$", head, re.M)
    if m:
        return {"title": title, "published": m.group(1), "body": rest.strip(),
                "style": "newspaper"}
    body = re.sub(r"\n+Reporting by [^\n]*\s*$", "", rest.strip())
    return {"title": title, "published": "", "body": body.strip(), "style": "wire"}


_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def sentences(body):
    out = []
    pos = 0
    for line in body.split("\n"):
        start_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = 0
        for m in _END.finditer(line):
            # the word that ends here
            word = line[:m.start() + 1].split()[-1] if line[:m.start() + 1].split() else ""
            if word in ABBREV:
                continue
            e = m.end()
            seg = line[s:e]
            lead = len(seg) - len(seg.lstrip())
            out.append((start_line + s + lead, start_line + e, seg.strip()))
            s = e
        seg = line[s:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((start_line + s + lead, start_line + s + len(seg.rstrip()), seg.strip()))
    return out


def sentence_of(body, start, end):
    """The sentence (start, end, text) that holds body[start:end], or None."""
    for s in sentences(body):
        if s[0] <= start and end <= s[1]:
            return s
    return None


def word_count(body):
    return len(body.split())
