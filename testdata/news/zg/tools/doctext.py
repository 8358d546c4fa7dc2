"""Text of a corpus document as the gold notes quote it.

.txt files are read as they are. For .html files only the article body and
the photo caption count (nothing else on the page is gold): the text inside
<figcaption> and inside the element with class "story-body" or
"article-body", with entities unescaped and whitespace collapsed.
"""
import html
import re
import sys
from html.parser import HTMLParser

BODY_CLASSES = {"story-body", "article-body"}


class _ArticleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # >0 while inside a gold container
        self.stack = []         # tags opened inside the container
        self.parts = []

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        if self.depth:
            self.stack.append(tag)
            self.depth += 1
            if tag == "p":
                self.parts.append("\n")
        elif tag == "figcaption" or classes & BODY_CLASSES:
            self.stack = [tag]
            self.depth = 1
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if self.stack:
                self.stack.pop()
            if tag == "p":
                self.parts.append("\n")

    def handle_data(self, data):
        if self.depth:
            self.parts.append(data)


def text_of(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith(".html"):
        return raw
    p = _ArticleText()
    p.feed(raw)
    lines = [re.sub(r"\s+", " ", html.unescape(l)).strip() for l in "".join(p.parts).split("\n")]
    return "\n".join(l for l in lines if l) + "\n"


def flat(text):
    """Whitespace-collapsed form used for quote matching."""
    return re.sub(r"\s+", " ", text)


if __name__ == "__main__":
    for f in sys.argv[1:]:
        sys.stdout.write(text_of(f))
