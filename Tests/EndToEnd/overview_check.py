#!/usr/bin/env python3
"""Reads skranke's annual overview in a real browser (headless Chromium,
driven over its DevTools pipe, standard library only) and prints the
booklet to PDF, then checks what a reader would see:

- every page (index, booklet, one per association) loads with no script
  and fetches nothing from elsewhere;
- every active association has a page headed with its name, and the
  index names each one;
- a name holding <script> or & shows as that text;
- the booklet's PDF has a table of contents page and every name.

usage: overview_check.py SITE NAMES_FILE EVIL_NAME OUT.pdf
Exit 0 when all holds; otherwise each failure on stderr and exit 1.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp_browser import Browser  # noqa: E402

site, names_file, evil, pdf_path = sys.argv[1:5]
names = [n for n in open(names_file, encoding="utf-8").read().split("\n") if n]
failures = []


def fail(text):
    failures.append(text)


def url(path):
    return "file://" + os.path.abspath(os.path.join(site, path))


browser = Browser()
pages = ["index.html", "hefte.html"] + sorted(
    "foreninger/" + f for f in os.listdir(os.path.join(site, "foreninger")))
seen = {}
for page in pages:
    browser.load(url(page))
    read = browser.read_page()
    seen[page] = read
    if read["scripts"]:
        fail(f"{page}: has {read['scripts']} script(s)")
    if read["fetched"]:
        fail(f"{page}: fetched {read['fetched']}")
    for link in read["links"]:
        if not (link.startswith(("#", "tel:", "mailto:", "http://", "https://"))
                or link.endswith(".html")):
            fail(f"{page}: odd link {link!r}")
        if link.endswith(".html") and not link.startswith("http"):
            target = os.path.normpath(os.path.join(site, os.path.dirname(page), link))
            if not os.path.exists(target):
                fail(f"{page}: link to a missing page {link}")

headed = {read["headings"][0] for page, read in seen.items()
          if page.startswith("foreninger/") and read["headings"]}
for name in names:
    if name not in headed:
        fail(f"no page headed {name!r}")
    if name not in seen["index.html"]["text"]:
        fail(f"the index does not name {name!r}")
if len(pages) - 2 != len(names):
    fail(f"{len(pages) - 2} association pages for {len(names)} active associations")
if evil not in seen["index.html"]["text"]:
    fail(f"the index does not show {evil!r} as text")

browser.load(url("hefte.html"))
with open(pdf_path, "wb") as out:
    out.write(browser.pdf())
browser.close()

info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
count = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def page_text(number):
    return subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), pdf_path, "-"],
                          capture_output=True, text=True).stdout


texts = [page_text(n) for n in range(1, count + 1)]
contents = [n for n, text in enumerate(texts, 1)
            if text.lstrip().startswith(("Indhold", "Contents"))]
if not contents:
    fail("the PDF has no table of contents page")
whole = " ".join(" ".join(texts).split())
for name in names:
    if " ".join(name.split()) not in whole:
        fail(f"the PDF does not name {name!r}")
if count < len(names) + 2:
    fail(f"the PDF has {count} pages for {len(names)} associations")

for failure in failures:
    print("overview:", failure, file=sys.stderr)
if not failures:
    print(f"overview: {len(pages)} pages read in Chromium; booklet {count} pages, "
          f"contents on page {contents[0]}")
sys.exit(1 if failures else 0)
