"""Body extraction and sentence splitting for the zzh news set (stdlib only).

Three styles:
  wire       zzh01-03: dateline first line, bracketed credit line at the end
  newspaper  zzh04-06: title, "Published: YYYY-MM-DD", "By ...", blank line, body
  html       zzh07-08: body = <p> paragraphs inside <div class="article-body">

body(path) returns a dict: text (the cleaned body, paragraphs joined by a
blank line), title, published, style. split_sentences(text) returns a list of
(start, end, sentence) with offsets into text.
"""
import html
import os
import re
from html.parser import HTMLParser

MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}

# The wire copies carry no year in the dateline; the year the copy was filed.
WIRE_YEAR = {"zzh01": 2025, "zzh02": 2025, "zzh03": 2025}


def style_of(path):
    if path.endswith(".html"):
        return "html"
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if len(lines) > 1 and lines[1].startswith("Published:"):
        return "newspaper"
    return "wire"


class _BodyParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div depth inside article-body
        self.in_p = False
        self.paras, self.cur = [], []
        self.in_h1 = False
        self.h1 = []
        self.time = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.depth:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.depth = 1
        elif tag == "p" and self.depth:
            self.in_p, self.cur = True, []
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "time" and self.time is None:
            self.time = a.get("datetime")

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append(re.sub(r"\s+", " ", "".join(self.cur)).strip())
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_p:
            self.cur.append(data)
        if self.in_h1:
            self.h1.append(data)


def body(path):
    style = style_of(path)
    base = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if style == "html":
        p = _BodyParser()
        p.feed(raw)
        text = "\n\n".join(x for x in p.paras if x)
        return {"text": text, "title": html.unescape("".join(p.h1)).strip(),
                "published": p.time, "style": style}
    lines = raw.rstrip("\n").split("\n")
    if style == "newspaper":
        title = lines[0].strip()
        published = lines[1].split(":", 1)[1].strip()
        assert lines[2].startswith("By "), path
        assert lines[3].strip() == "", path
        paras = [x.strip() for x in "\n".join(lines[4:]).split("\n\n") if x.strip()]
        return {"text": "\n\n".join(paras), "title": title,
                "published": published, "style": style}
    # wire
    assert re.match(r"\[Reporting by .*; Editing by .*\]$", lines[-1].strip()), path
    paras = [x.strip() for x in "\n".join(lines[:-1]).split("\n\n") if x.strip()]
    text = "\n\n".join(paras)
    m = re.match(r"([A-Z ]+), ([A-Z][a-z]{2}) (\d{1,2}) \(([^)]+)\) - ", text)
    assert m, path
    year = WIRE_YEAR[base[:5]]
    published = "%04d-%02d-%02d" % (year, MONTHS[m.group(2)], int(m.group(3)))
    first = split_sentences(text)[0][2]
    title = first[m.end():m.end() + 90].rsplit(" ", 1)[0] + " ..."
    return {"text": text, "title": title, "published": published,
            "style": style, "agency": m.group(4)}


ABBREV = {"U.S", "U.N", "Nov", "Jan", "Feb", "Aug", "Sept", "Oct", "Dec",
          "Gen", "Capt", "Lt", "Col", "Mr", "Mrs", "Ms", "Dr", "St", "No"}

_END = re.compile(r"[.!?][\"\u201d\u2019')]*(?=\s+[\"\u201c\u2018(]?[A-Z])")


def split_sentences(text):
    """Return [(start, end, sentence)] over text; paragraphs always split."""
    out = []
    pos = 0
    for para in re.finditer(r"[^\n]+", text):
        ps, pe = para.start(), para.end()
        seg_start = ps
        for m in _END.finditer(text, ps, pe):
            # token before the period
            tok = re.search(r"(\S+)$", text[seg_start:m.start()])
            word = tok.group(1) if tok else ""
            if text[m.start()] == "." and (word.lstrip("(\"\u201c") in ABBREV
                                           or re.fullmatch(r"[A-Z]", word)
                                           or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word)):
                continue
            end = m.end()
            out.append((seg_start, end, text[seg_start:end]))
            seg_start = end
            while seg_start < pe and text[seg_start].isspace():
                seg_start += 1
        if seg_start < pe:
            out.append((seg_start, pe, text[seg_start:pe]))
        pos = pe
    return out


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        b = body(path)
        print("==", os.path.basename(path), b["style"], b["published"], "|", b["title"])
        print("   words:", len(b["text"].split()))
        for i, (s, e, sent) in enumerate(split_sentences(b["text"])):
            print("  %2d %s" % (i, sent))
