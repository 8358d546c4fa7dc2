"""Reading the zzk corpus: cleaned bodies, sentences, publication dates.

Cleaned body, as the task defines it:
  wire (.txt with a "(Reuters|AFP|AP) - " dateline): the text after the
      headline line, without the closing "(Reporting by ...)" line;
  newspaper (.txt with "Published:"): the text after the "By ..." line;
  HTML: the text of the <p> elements inside <div class="article-body">,
      tags removed, entities unescaped, one paragraph a line.
Standard library only.
"""
import os
import re
from html import unescape
from html.parser import HTMLParser

ABBREV = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "capt", "sgt", "maj",
          "brig", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "no", "prof", "rev", "jr", "sr",
          "u.s", "u.n", "e.g", "i.e", "vs"}


class Doc:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self.id = self.name[:5]
        with open(path, encoding="utf-8") as f:
            self.raw = f.read()
        if self.name.endswith(".html"):
            self.style = "html"
            self._html()
        elif re.search(r"^Published: \d{4}-\d{2}-\d{2}$", self.raw, re.M):
            self.style = "newspaper"
            self._newspaper()
        else:
            self.style = "wire"
            self._wire()
        self.sentences = split_sentences(self.body)

    def _wire(self):
        lines = self.raw.strip("\n").split("\n")
        self.title = lines[0].strip()
        rest = lines[1:]
        while rest and not rest[-1].strip():
            rest.pop()
        if not rest or not rest[-1].startswith("(Reporting by"):
            raise ValueError(f"{self.name}: wire story without a credit line")
        rest.pop()
        self.body = "\n".join(rest).strip()
        m = re.match(r"[A-Z][A-Z .'-]+(?:, [A-Za-z ]+)?, ([A-Z][a-z]{2}) (\d{1,2}) \((Reuters|AFP|AP)\) - ", self.body)
        if not m:
            raise ValueError(f"{self.name}: no wire dateline")
        self.dateline = m.group(0)
        self.published = ""          # the wire dateline carries no year
        self.stated_date = f"{m.group(1)} {m.group(2)} (no year)"

    def _newspaper(self):
        lines = self.raw.strip("\n").split("\n")
        self.title = lines[0].strip()
        m = re.match(r"Published: (\d{4}-\d{2}-\d{2})$", lines[1])
        if not m or not lines[2].startswith("By "):
            raise ValueError(f"{self.name}: newspaper header must be title, Published:, By")
        self.published = m.group(1)
        self.stated_date = self.published
        self.body = "\n".join(lines[3:]).strip()

    def _html(self):
        p = _ArticleParser()
        p.feed(self.raw)
        if not p.paras:
            raise ValueError(f"{self.name}: no <p> in div.article-body")
        self.title = " ".join(p.h1.split())
        m = re.search(r'<meta property="article:published_time" content="(\d{4}-\d{2}-\d{2})', self.raw)
        if not m:
            raise ValueError(f"{self.name}: no article:published_time")
        self.published = m.group(1)
        self.stated_date = self.published
        self.body = "\n".join(" ".join(x.split()) for x in p.paras)

    def sentence_of(self, phrase):
        """Sentences (start, end, text) that contain phrase."""
        return [s for s in self.sentences if phrase in s[2]]


class _ArticleParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # div nesting inside div.article-body
        self.in_body = False
        self.in_p = False
        self.in_h1 = False
        self.paras, self.cur, self.h1 = [], [], ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div":
            if self.in_body:
                self.depth += 1
            elif "article-body" in (a.get("class") or "").split():
                self.in_body, self.depth = True, 1
        elif tag == "p" and self.in_body:
            self.in_p, self.cur = True, []
        elif tag == "h1":
            self.in_h1 = True

    def handle_endtag(self, tag):
        if tag == "div" and self.in_body:
            self.depth -= 1
            if self.depth == 0:
                self.in_body = False
        elif tag == "p" and self.in_p:
            self.in_p = False
            self.paras.append("".join(self.cur))
        elif tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_p:
            self.cur.append(data)
        if self.in_h1:
            self.h1 += data


_BOUNDARY = re.compile(r"""[.!?]["'\u201d\u2019)]*(?=\s+["'\u201c\u2018(]?[A-Z0-9])""")


def split_sentences(text):
    """(start, end, sentence) over text: lines first, then end punctuation
    followed by a capital, a digit or an opening quote, except after a known
    abbreviation or a single-letter initial."""
    out = []
    pos = 0
    for line in text.split("\n"):
        start = 0
        for m in _BOUNDARY.finditer(line):
            word = re.search(r"([\w.]+)$", line[start:m.start()])
            w = word.group(1).lower() if word else ""
            if w in ABBREV or re.fullmatch(r"[a-z]", w):
                continue
            seg = line[start:m.end()]
            _add(out, pos + start, seg)
            start = m.end()
        _add(out, pos + start, line[start:])
        pos += len(line) + 1
    return out


def _add(out, offset, seg):
    lead = len(seg) - len(seg.lstrip())
    seg = seg.strip()
    if seg:
        out.append((offset + lead, offset + lead + len(seg), seg))


def load(corpus_dir):
    docs = {}
    for name in sorted(os.listdir(corpus_dir)):
        if name.endswith((".txt", ".html")):
            d = Doc(os.path.join(corpus_dir, name))
            docs[d.id] = d
    return docs


if __name__ == "__main__":
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    docs = load(os.path.join(here, "..", "corpus"))
    for d in docs.values():
        if len(sys.argv) > 1 and d.id not in sys.argv[1:]:
            continue
        print(f"== {d.name} [{d.style}] published={d.published!r} title={d.title!r} words={len(d.body.split())}")
        for i, (a, b, s) in enumerate(d.sentences):
            assert d.body[a:b] == s
            print(f"{i:3d} {s}")
