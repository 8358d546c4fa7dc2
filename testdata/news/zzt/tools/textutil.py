"""Body extraction and sentence splitting for the zzt news set.

Standard library only. Three styles:

- wire (.txt): a headline, then a body whose first line starts
  "CITY, Mon DD (Agency) - ", then a credit line "Reporting by ...".
  The body runs from the dateline line up to, not including, the credit line.
- newspaper (.txt): a title line, "Published: YYYY-MM-DD", "By ...", body.
- html (.html): the <p> elements inside <div class="article-body">; the
  title from <h1>, the date from <time datetime="...">.

The body is the paragraphs, each with its inner whitespace collapsed,
joined by a blank line ("\n\n"). Offsets everywhere refer to this text.
"""
import html.parser
import os
import re

DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]+, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ")
CREDIT = re.compile(r"^Reporting by ")


class Doc:
    """An extracted document: style, title, published date and body text."""

    def __init__(self, path, style, title, published, body):
        self.path = path
        self.name = os.path.basename(path)
        self.style = style          # "wire", "newspaper" or "html"
        self.title = title
        self.published = published  # "" for wire
        self.body = body

    def sentences(self):
        return split_sentences(self.body)


def _collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def _plain(path, text):
    lines = [l.rstrip("\n") for l in text.splitlines()]
    nonempty = [l for l in lines if l.strip()]
    if len(nonempty) > 2 and nonempty[1].startswith("Published: "):
        title = nonempty[0].strip()
        published = nonempty[1][len("Published: "):].strip()
        if not nonempty[2].startswith("By "):
            raise ValueError(f"{path}: newspaper style without a By line")
        paras = [_collapse(l) for l in nonempty[3:]]
        return Doc(path, "newspaper", title, published, "\n\n".join(paras))
    start = next((i for i, l in enumerate(nonempty) if DATELINE.match(l)), None)
    if start is None:
        raise ValueError(f"{path}: neither a wire dateline nor a Published line")
    title = nonempty[0].strip() if start > 0 else ""
    paras = []
    for l in nonempty[start:]:
        if CREDIT.match(l):
            break
        paras.append(_collapse(l))
    return Doc(path, "wire", title, "", "\n\n".join(paras))


class _BodyParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open tags: (tag, is_body_div)
        self.body_depth = 0      # >0 while inside div.article-body
        self.in_p = False
        self.in_h1 = False
        self.paras, self.cur = [], []
        self.title, self.published = "", ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            is_body = "article-body" in (a.get("class") or "").split()
            self.stack.append(is_body)
            if is_body or self.body_depth:
                self.body_depth += 1
        elif tag == "p" and self.body_depth:
            self.in_p, self.cur = True, []
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "time" and not self.published:
            self.published = a.get("datetime", "")

    def handle_endtag(self, tag):
        if tag == "div" and self.stack:
            self.stack.pop()
            if self.body_depth:
                self.body_depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            t = _collapse("".join(self.cur))
            if t:
                self.paras.append(t)
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_p:
            self.cur.append(data)
        if self.in_h1:
            self.title += data


def _html(path, text):
    p = _BodyParser()
    p.feed(text)
    p.close()
    if not p.paras:
        raise ValueError(f"{path}: no <div class=\"article-body\"> paragraphs")
    return Doc(path, "html", _collapse(p.title), p.published, "\n\n".join(p.paras))


def load(path):
    """Read one corpus file and return its Doc."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if path.endswith(".html") or path.endswith(".htm"):
        return _html(path, text)
    return _plain(path, text)


ABBREV = {
    "u.s", "u.n", "u.k", "gen", "lt", "col", "maj", "brig", "capt", "cmdr",
    "adm", "sgt", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "st",
    "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "co", "corp", "ltd", "jr", "sr", "vs", "mt",
}
CLOSERS = "\"'\u201d\u2019)"
_END = re.compile(r"[.!?]")


def _is_boundary(text, i):
    """Is the punctuation at text[i] the end of a sentence?"""
    j = i + 1
    while j < len(text) and text[j] in CLOSERS:
        j += 1
    if j >= len(text):
        return True, j
    if not text[j].isspace():
        return False, j
    k = j
    while k < len(text) and text[k].isspace():
        k += 1
    if k >= len(text):
        return True, j
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'\u201c\u2018("):
        return False, j
    if text[i] == ".":
        m = re.search(r"([A-Za-z.]+)$", text[:i])
        word = m.group(1).lower() if m else ""
        if word in ABBREV or re.fullmatch(r"[a-z]", word):
            return False, j
    return True, j


def split_sentences(body):
    """Split a body into sentences: a list of (start, end, text) with
    body[start:end] == text. Paragraph breaks always end a sentence."""
    out = []
    pos = 0
    for para in body.split("\n\n"):
        base = pos
        start = 0
        for m in _END.finditer(para):
            ok, end = _is_boundary(para, m.start())
            if ok and end > start:
                s = para[start:end]
                lead = len(s) - len(s.lstrip())
                if s.strip():
                    out.append((base + start + lead, base + end, s.strip()))
                start = end
        if para[start:].strip():
            s = para[start:]
            lead = len(s) - len(s.lstrip())
            out.append((base + start + lead, base + start + lead + len(s.strip()), s.strip()))
        pos += len(para) + 2
    for a, b, t in out:
        assert body[a:b] == t, (a, b, t)
    return out


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        d = load(p)
        print(f"== {d.name} [{d.style}] title={d.title!r} published={d.published!r} "
              f"words={len(d.body.split())}")
        for a, b, t in d.sentences():
            print(f"  {a:5d}-{b:5d} {t}")
