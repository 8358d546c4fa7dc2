"""Body extraction and sentence splitting for news set zzs.

Three styles live under corpus/:

  wire (.txt)       headline line, blank line, a dateline paragraph that starts
                    "CITY, Mon DD (Agency) - ", more paragraphs, and a credit
                    line ("Reporting by ...; Editing by ..."). The body runs
                    from the dateline paragraph to the paragraph before the
                    credit line; there is no publication date.
  newspaper (.txt)  title line, "Published: YYYY-MM-DD", "By ...", body.
  html (.html)      only the <p> paragraphs inside <div class="article-body">
                    are body; the title is the <h1>, the date the
                    <time datetime="...">. Cookie banner, nav, figure caption,
                    aside, newsletter box and footer are not body.

The body is the paragraphs, each with its whitespace collapsed, joined by a
blank line. Sentence offsets are character offsets into that body.

Python 3 standard library only.
"""
import html
import html.parser
import os
import re

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ")
CREDIT = re.compile(r"^(Reporting by|Writing by|Editing by)")


def _clean(par):
    return re.sub(r"\s+", " ", par).strip()


def _paragraphs(text):
    return [p for p in (_clean(x) for x in re.split(r"\n\s*\n", text)) if p]


class _BodyParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting inside article-body (0 = outside)
        self.in_p = False
        self.in_h1 = False
        self.pars, self.cur = [], []
        self.title, self.date = "", ""

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
        elif tag == "time" and a.get("datetime") and not self.date:
            self.date = a["datetime"][:10]

    def handle_endtag(self, tag):
        if tag == "div" and self.depth:
            self.depth -= 1
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.pars.append(_clean("".join(self.cur)))
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_p:
            self.cur.append(data)
        if self.in_h1:
            self.title += data


def extract(path):
    """Return {"style", "title", "published", "body"} for one corpus file."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith(".html"):
        p = _BodyParser()
        p.feed(raw)
        return {"style": "html", "title": _clean(p.title), "published": p.date,
                "body": "\n\n".join(x for x in p.pars if x)}
    lines = raw.split("\n")
    if len(lines) > 1 and lines[1].startswith("Published: "):
        body = "\n".join(lines[3:])
        return {"style": "newspaper", "title": lines[0].strip(),
                "published": lines[1][len("Published: "):].strip(),
                "body": "\n\n".join(_paragraphs(body))}
    pars = _paragraphs(raw)
    start = next(i for i, p in enumerate(pars) if DATELINE.match(p))
    end = next((i for i, p in enumerate(pars) if i > start and CREDIT.match(p)), len(pars))
    return {"style": "wire", "title": pars[0] if start else "", "published": "",
            "body": "\n\n".join(pars[start:end])}


ABBREV = {"u.s.", "u.n.", "u.k.", "mr.", "mrs.", "ms.", "dr.", "st.", "gen.",
          "adm.", "lt.", "col.", "sen.", "rep.", "gov.", "jan.", "feb.", "mar.",
          "apr.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "no.",
          "inc.", "corp.", "ltd.", "co.", "vs.", "e.g.", "i.e.", "a.m.", "p.m."}
_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def sentences(body):
    """Split a body into sentences: list of (start, end) offsets.

    Line breaks always end a sentence. Inside a line a sentence ends at
    . ! or ? (plus closing quotes) followed by space and a capital, a digit
    or an opening quote, unless the word before the period is a known
    abbreviation or initials (U.S., S.).
    """
    out = []
    for m in re.finditer(r"[^\n]+", body):
        line, base, start = m.group(), m.start(), 0
        for e in _END.finditer(line):
            if line[e.start()] == ".":
                word = re.search(r"(\S+)$", line[:e.start() + 1]).group(1)
                word = word.lstrip("\"'(\u201c\u2018").lower()
                if word in ABBREV or re.fullmatch(r"([a-z]\.)+", word):
                    continue
            end = e.end()
            seg = line[start:end]
            lead = len(seg) - len(seg.lstrip())
            out.append((base + start + lead, base + end))
            start = end
        seg = line[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((base + start + lead, base + len(line.rstrip())))
    return out


def sentence_texts(body):
    return [(s, e, body[s:e]) for s, e in sentences(body)]


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        d = extract(p)
        print("==", os.path.basename(p), d["style"], d["published"], "|", d["title"])
        print("words:", len(d["body"].split()))
        for s, e, t in sentence_texts(d["body"]):
            print(f"  [{s}:{e}] {t}")
