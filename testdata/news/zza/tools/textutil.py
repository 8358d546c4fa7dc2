"""Body extraction and sentence splitting for news set zza (shared by build_gold.py)."""
import html
import re

ABBREV = {"U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Maj.",
          "Sen.", "Rep.", "St.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
          "a.m.", "p.m.", "i.e.", "e.g.", "vs.", "Co.", "Inc.", "Ltd."}
WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'-]*, [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ")
CREDIT = re.compile(r"^\[Reporting by [^\]]*; Editing by [^\]]*\]\s*$", re.M)


def body_of(raw, style):
    """Return the gold body of a document: the only text that gives gold."""
    if style == "wire":
        if not WIRE_DATELINE.match(raw):
            raise ValueError("wire copy does not open with 'CITY, Mon DD (Agency) - '")
        m = CREDIT.search(raw)
        if not m:
            raise ValueError("wire copy has no credit line")
        return raw[:m.start()].rstrip()
    if style == "newspaper":
        lines = raw.split("\n")
        if not (lines[1].startswith("Published: ") and lines[2].startswith("By ") and lines[3] == ""):
            raise ValueError("newspaper piece lacks title / Published / By / blank line")
        return "\n".join(lines[4:]).strip()
    if style == "html":
        m = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S)
        if not m:
            raise ValueError("no div.article-body")
        return html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).strip()
    raise ValueError("unknown style " + style)


def published_of(raw, style):
    if style == "newspaper":
        return raw.split("\n")[1][len("Published: "):].strip()
    if style == "html":
        m = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})">', raw)
        return m.group(1) if m else ""
    return ""  # a wire dateline carries no year


def title_of(raw, style):
    if style == "newspaper":
        return raw.split("\n")[0].strip()
    if style == "html":
        m = re.search(r"<h1>(.*?)</h1>", raw, re.S)
        return html.unescape(m.group(1).strip()) if m else ""
    return ""


BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def sentences(text):
    """Sentence spans (start, end) of text: a newline always ends a sentence; '.', '!' or '?'
    (with closing quotes) followed by whitespace and a capital or digit does, unless the
    token is an abbreviation or a run of initials (U.S., K.P., S.)."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        base, p = para.start(), para.group()
        start = 0
        for b in BOUNDARY.finditer(p):
            tok = p[:b.start() + 1].split()[-1].lstrip("\"'(\u201c\u2018")
            if tok in ABBREV or re.fullmatch(r"(?:[A-Z]\.)+", tok):
                continue
            spans.append(_trim(base, p, start, b.end()))
            start = b.end()
        spans.append(_trim(base, p, start, len(p)))
    return [sp for sp in spans if sp[1] > sp[0]]


def _trim(base, p, s, e):
    while s < e and p[s].isspace():
        s += 1
    while e > s and p[e - 1].isspace():
        e -= 1
    return (base + s, base + e)
