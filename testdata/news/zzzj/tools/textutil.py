"""Read a news set article as an extractor sees it, split it into sentences
and find the quotations in it.

Plain text files (wire copy and newspaper articles) are read whole: the
dateline, title, "Published:" and "By" lines are part of the text an
extractor gets. HTML pages are reduced to the article: its <h1>, the text of
its <time> element and the paragraphs of div.article-body, in that order,
separated by blank lines. The cookie banner, navigation, breadcrumbs, figure
and caption, aside, newsletter box and footer are dropped.

Standard library only. Run as a script to print the cleaned text of a file,
or with --sentences to print one numbered sentence a line with offsets.
"""
import html.parser
import re
import sys

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "st", "no",
    "u.n", "u.s", "u.k", "e.u", "a.m", "p.m", "vs", "etc",
}


class _ArticleParser(html.parser.HTMLParser):
    """Collects the h1, time and article-body paragraphs of an <article>."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open tags: (tag, classes)
        self.h1 = []
        self.time_text = []
        self.time_attr = ""
        self.paras = []          # paragraphs of div.article-body
        self._cur = None         # paragraph being collected

    def _inside(self, tag, cls=None):
        for t, classes in self.stack:
            if t == tag and (cls is None or cls in classes):
                return True
        return False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.VOID:
            return
        classes = set((attrs.get("class") or "").split())
        self.stack.append((tag, classes))
        if tag == "time" and self._inside("article"):
            self.time_attr = attrs.get("datetime", "")
        if tag == "p" and self._inside("div", "article-body"):
            self._cur = []

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if tag == "p" and self._cur is not None:
            text = re.sub(r"\s+", " ", "".join(self._cur)).strip()
            if text:
                self.paras.append(text)
            self._cur = None
        # pop up to and including the matching tag
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self._inside("article"):
            return
        if self._inside("figure") or self._inside("aside"):
            return
        if self._inside("h1"):
            self.h1.append(data)
        elif self._inside("time"):
            self.time_text.append(data)
        if self._cur is not None:
            self._cur.append(data)


def clean_html(raw):
    """Return (text, meta) for an HTML page: meta has title and published."""
    p = _ArticleParser()
    p.feed(raw)
    p.close()
    title = re.sub(r"\s+", " ", "".join(p.h1)).strip()
    when = re.sub(r"\s+", " ", "".join(p.time_text)).strip()
    parts = [x for x in (title, when) if x] + p.paras
    return "\n\n".join(parts) + "\n", {"title": title, "published": p.time_attr}


def read_article(path):
    """Return (text, meta) as the extractor sees the article at path."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith((".html", ".htm")):
        return clean_html(raw)
    meta = {"title": "", "published": ""}
    lines = raw.splitlines()
    m = re.search(r"^Published:\s*(\d{4}-\d{2}-\d{2})\s*$", raw, re.M)
    if m:
        meta["published"] = m.group(1)
        meta["title"] = lines[0].strip()
    return raw, meta


_BOUNDARY = re.compile(r"[.!?][\"\u201d')\]]*\s+(?=[\"\u201c(\[]?[A-Z0-9])")


def _is_abbreviation(text, dot):
    """True if the full stop at index dot closes an abbreviation or initial."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and text[j].isupper()   # an initial such as "J."


def sentences(text):
    """Split text into sentences: a list of (start, end, sentence).

    Line breaks always end a sentence (titles, datelines, bylines); inside a
    line a sentence ends at . ! or ? (plus any closing quote) followed by
    space and a capital, digit or opening quote, unless the full stop closes
    an abbreviation.
    """
    out = []
    pos = 0
    for line in text.split("\n"):
        start_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in _BOUNDARY.finditer(line):
            if line[m.start()] == "." and _is_abbreviation(line, m.start()):
                continue
            end = m.start() + len(m.group(0).rstrip())
            seg = line[cut:end]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                out.append((start_line + cut + lead, start_line + end, seg.strip()))
            cut = m.end()
        seg = line[cut:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            s = start_line + cut + lead
            out.append((s, s + len(seg.strip()), seg.strip()))
    return out


_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")


def quotes(text):
    """Return the quotations in text: a list of (start, end, quoted words)."""
    return [(m.start(1), m.end(1), m.group(1)) for m in _QUOTE.finditer(text)]


def sentence_of(text, span, sents=None):
    """Return the (start, end, sentence) holding span, or None if the span
    does not occur or crosses a sentence boundary."""
    sents = sents if sents is not None else sentences(text)
    i = text.find(span)
    while i >= 0:
        for s, e, sent in sents:
            if s <= i and i + len(span) <= e:
                return s, e, sent
        i = text.find(span, i + 1)
    return None


def main(argv):
    if len(argv) < 2:
        sys.exit("usage: textutil.py FILE [--sentences|--quotes]")
    text, meta = read_article(argv[1])
    if "--sentences" in argv:
        for n, (s, e, sent) in enumerate(sentences(text), 1):
            print(f"{n:3d} [{s}:{e}] {sent}")
    elif "--quotes" in argv:
        for s, e, q in quotes(text):
            print(f"[{s}:{e}] {q}")
    else:
        print(f"# title: {meta['title']!r} published: {meta['published']!r}")
        sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv)
