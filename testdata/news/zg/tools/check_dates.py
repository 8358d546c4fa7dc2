#!/usr/bin/env python3
"""Check that each wire dateline's weekday fixes the year (2025 or 2026) and print stated dates."""
import datetime, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MON = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
bad = 0
for f in sorted(os.listdir(os.path.join(ROOT, "corpus"))):
    s = open(os.path.join(ROOT, "corpus", f), encoding="utf-8").read()
    m = re.search(r"^[A-Z ,a-z]+, ([A-Z][a-z]{2}) (\d+) \(([^)]+)\) - (.*)$", s, re.M)
    if m:
        wd = re.search(r"\bon (%s)\b" % "|".join(DAYS), m.group(4)).group(1)
        years = [y for y in (2025, 2026)
                 if DAYS[datetime.date(y, MON[m.group(1)], int(m.group(2))).weekday()] == wd]
        print(f, "wire", m.group(3), m.group(1), m.group(2), wd, "->", years)
        bad += len(years) != 1
        continue
    m = re.search(r"^Published: (\d{4}-\d\d-\d\d)$", s, re.M) or re.search(r'<time datetime="(\d{4}-\d\d-\d\d)', s)
    d = datetime.date.fromisoformat(m.group(1))
    print(f, "dated", d, DAYS[d.weekday()])
sys.exit(bad)
