"""Text helpers for news set zzw: clean the corpus files, split sentences,
and locate evidence strings.

A plain-text article (.txt) is used as it is. An HTML page (.html) is cleaned
to the article only: the <h1> headline, the <time> element, the <figcaption>
and the paragraphs of <div class="article-body">. Cookie banners, navigation,
<aside> boxes, newsletter boxes and footers are left out, so evidence that
occurs only there is reported as not found (those are traps, not gold).

Run as a script to print the sentences of a document:

    python3 -B tools/textutil.py corpus/zzw07-albania-italy-migrant-centres.html
"""
import html
import os
import re
import sys

# Abbreviations after which a period does not end a sentence.
ABBREV = ("U.S.", "U.N.", "U.K.", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.",
          "Oct.", "Nov.", "Dec.", "Mr.", "Mrs.", "Ms.", "Dr.", "Adm.", "Gen.",
          "Jr.", "St.", "No.", "Lt.", "Col.", "Sen.", "Rep.")


def _strip_tags(fragment):
    text = re.sub(r"<[^>]+>", " ", fragment)
    text = html.unescape(text)
    return re.sub(r"[ \t\r\f\v]+", " ", text).strip()


def html_article(raw):
    """Return (article_text, boilerplate_text) of an HTML page."""
    parts = []
    m = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S)
    if m:
        parts.append(_strip_tags(m.group(1)))
    m = re.search(r"<time[^>]*>(.*?)</time>", raw, re.S)
    if m:
        parts.append(_strip_tags(m.group(1)))
    m = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", raw, re.S)
    if m:
        parts.append(_strip_tags(m.group(1)))
    m = re.search(r'<div class="article-body">(.*?)</div>', raw, re.S)
    if not m:
        raise ValueError("no article-body div")
    for p in re.findall(r"<p[^>]*>(.*?)</p>", m.group(1), re.S):
        parts.append(_strip_tags(p))
    article = "\n\n".join(p for p in parts if p)
    # Everything else that is visible text: banner, nav, asides, newsletter, footer.
    rest = raw
    rest = re.sub(r"<head>.*?</head>", " ", rest, flags=re.S)
    rest = re.sub(r"<h1[^>]*>.*?</h1>", " ", rest, flags=re.S)
    rest = re.sub(r"<figcaption[^>]*>.*?</figcaption>", " ", rest, flags=re.S)
    rest = re.sub(r'<div class="article-body">.*?</div>', " ", rest, flags=re.S)
    return article, _strip_tags(rest)


def html_published(raw):
    m = re.search(r'<time datetime="(\d{4}-\d{2}-\d{2})', raw)
    return m.group(1) if m else ""


MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July",
     "August", "September", "October", "November", "December"], 1)}


def txt_published(text):
    """Published date of a newspaper-style .txt ("Published: ..." line)."""
    m = re.search(r"^Published: (\d{1,2}) (\w+) (\d{4})$", text, re.M)
    if m:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(2)], int(m.group(1)))
    m = re.search(r"^Published: (\w+) (\d{1,2}), (\d{4})$", text, re.M)
    if m:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(1)], int(m.group(2)))
    return ""


def load(path):
    """Return dict(text=cleaned article, boiler=left-out text, title, published)."""
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        text, boiler = html_article(raw)
        published = html_published(raw)
    else:
        text, boiler = raw, ""
        published = txt_published(raw)
    title = text.split("\n", 1)[0].strip()
    return {"path": path, "text": text, "boiler": boiler, "title": title,
            "published": published}


def sentences(text):
    """Split text into (start, end, sentence) triples.

    Line breaks always end a sentence (headline, dateline, caption); inside a
    line a sentence ends at . ! ? (optionally followed by a closing quote)
    when the next word starts with a capital letter or an opening quote,
    unless the period belongs to a known abbreviation or an initial.
    """
    out = []
    pos = 0
    for line in text.split("\n"):
        start_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        s = 0
        for m in re.finditer(r"[.!?][\"'\u201d\u2019)]?(?=\s+[\"\u201c(]?[A-Z0-9])", line):
            end = m.end()
            before = line[s:m.start() + 1]
            word = before.split()[-1] if before.split() else ""
            if word in ABBREV or re.fullmatch(r"[A-Z]\.", word) or re.fullmatch(r"(?:[A-Z]\.){2,}", word):
                continue
            seg = line[s:end]
            lead = len(seg) - len(seg.lstrip())
            out.append((start_line + s + lead, start_line + end, seg.strip()))
            s = end
        seg = line[s:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append((start_line + s + lead, start_line + len(line.rstrip()), seg.strip()))
    return out


def find_sentence(doc, evidence):
    """Return (start, end, sentence) of the first sentence holding evidence.

    Raises KeyError when the evidence is not in the cleaned article text (for
    HTML this includes evidence that occurs only in the boilerplate) or when
    it spans a sentence boundary.
    """
    text = doc["text"]
    i = text.find(evidence)
    if i < 0:
        where = " (it occurs only in boilerplate)" if evidence in doc["boiler"] else ""
        raise KeyError("evidence not found in %s%s: %r" % (os.path.basename(doc["path"]), where, evidence))
    for st, en, sent in sentences(text):
        if st <= i and i + len(evidence) <= en:
            return st, en, sent
    raise KeyError("evidence crosses a sentence boundary in %s: %r" % (os.path.basename(doc["path"]), evidence))


def word_count(text):
    return len(re.findall(r"\S+", text))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        d = load(p)
        print("==", p, "| published", d["published"], "| words", word_count(d["text"]))
        for st, en, s in sentences(d["text"]):
            print("%5d-%-5d %s" % (st, en, s))
