"""Body extraction and sentence splitting for the zzzd news set.

Three styles:

- wire copy (.txt whose body opens with a ``CITY, Mon DD (Agency) - ``
  dateline): headline, blank line, body; the closing ``Reporting by ...``
  line is not part of the body. No publication date.
- newspaper (.txt with a ``Published: YYYY-MM-DD`` line): title,
  Published line, By line, blank line, body.
- HTML page: the ``<h1>`` is the title, ``<time datetime>`` the date, and
  the body is the text of the ``<p>`` elements inside
  ``<div class="article-body">``, one paragraph a block. Caption, aside,
  newsletter box and footer are not body.

Paragraphs of the body are joined with a blank line. Offsets of sentences
are character offsets in that body string.
"""
import html
import re
from html.parser import HTMLParser


class Doc:
    def __init__(self, name, style, title, published, body):
        self.name = name
        self.style = style
        self.title = title
        self.published = published
        self.body = body


class _BodyParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_body = 0      # div depth inside article-body
        self.in_p = False
        self.in_h1 = False
        self.paras = []
        self.cur = []
        self.title = ""
        self.published = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth_body:
                self.depth_body += 1
            elif "article-body" in (a.get("class") or "").split():
                self.depth_body = 1
        elif tag == "p" and self.depth_body:
            self.in_p = True
            self.cur = []
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "time" and a.get("datetime") and not self.published:
            self.published = a["datetime"]

    def handle_endtag(self, tag):
        if tag == "div" and self.depth_body:
            self.depth_body -= 1
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
        elif self.in_h1:
            self.title += data


def _paras(lines):
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


def load(path):
    name = path.rsplit("/", 1)[-1]
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if name.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        p.close()
        return Doc(name, "html", html.unescape(p.title.strip()), p.published,
                   "\n\n".join(p.paras))
    lines = raw.split("\n")
    title = lines[0].strip()
    if len(lines) > 1 and lines[1].startswith("Published:"):
        published = lines[1].split(":", 1)[1].strip()
        assert lines[2].startswith("By "), path
        body = _paras(lines[3:])
        return Doc(name, "newspaper", title, published, "\n\n".join(body))
    body = _paras(lines[1:])
    if body and re.match(r"^(Reporting|Writing) by ", body[-1]):
        body = body[:-1]
    assert re.match(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ", body[0]), path
    return Doc(name, "wire", title, "", "\n\n".join(body))


# Abbreviations after which a period does not end a sentence.
_ABBREV = {"u.s.", "u.n.", "u.k.", "gen.", "lt.", "col.", "brig.", "maj.",
           "mr.", "mrs.", "ms.", "dr.", "st.", "no.", "corp.", "inc.", "ltd.",
           "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "oct.", "nov.", "dec."}

_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def sentences(body):
    """Return [(start, end, text)] for the sentences of body.

    Splits on line breaks first, then after . ! ? (with closing quotes)
    followed by space and a capital, unless the token before the period
    is a known abbreviation or a single capital initial.
    """
    out = []
    pos = 0
    for block in body.split("\n"):
        bstart = pos
        pos += len(block) + 1
        if not block.strip():
            continue
        start = 0
        for m in _END.finditer(block):
            end = m.end()
            # token ending at the period
            tok = re.search(r"(\S+)$", block[:m.start() + 1])
            word = tok.group(1).lower() if tok else ""
            word = word.lstrip("\"'(\u201c\u2018")
            if word in _ABBREV or re.fullmatch(r"[a-z]\.", word):
                continue
            seg = block[start:end]
            lead = len(seg) - len(seg.lstrip())
            out.append((bstart + start + lead, bstart + end, seg.strip()))
            start = end
        seg = block[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((bstart + start + lead, bstart + start + lead + len(seg.strip()), seg.strip()))
    return out


def find_sentence(body, phrase):
    """The (start, end, text) of the sentence holding phrase, or None."""
    for s, e, t in sentences(body):
        if phrase in t:
            return s, e, t
    return None
