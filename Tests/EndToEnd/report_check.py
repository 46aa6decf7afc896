#!/usr/bin/env python3
"""Reads skranke's annual report page in a real browser (headless
Chromium over its DevTools pipe, `cdp_browser`) and prints it to PDF:

- the page has no script and fetches nothing;
- its headings are the report's sections, and every expected phrase
  (one per line of PHRASES_FILE) is on the page as a reader sees it and
  in the PDF's text (`pdftotext`).

usage: report_check.py PAGE.html PHRASES_FILE OUT.pdf
Exit 0 when all holds; otherwise each failure on stderr and exit 1.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp_browser import Browser  # noqa: E402

page, phrases_file, pdf_path = sys.argv[1:4]
phrases = [p for p in open(phrases_file, encoding="utf-8").read().split("\n") if p]
failures = []

browser = Browser()
browser.load("file://" + os.path.abspath(page))
read = browser.read_page()
if read["scripts"]:
    failures.append(f"the page has {read['scripts']} script(s)")
if read["fetched"]:
    failures.append(f"the page fetched {read['fetched']}")
if len(read["headings"]) < 10:
    failures.append(f"only {len(read['headings'])} headings: {read['headings']}")
text = " ".join(read["text"].split())
for phrase in phrases:
    if " ".join(phrase.split()) not in text:
        failures.append(f"the page does not show {phrase!r}")
with open(pdf_path, "wb") as out:
    out.write(browser.pdf())
browser.close()
printed = " ".join(subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True,
                                  text=True).stdout.split())
for phrase in phrases:
    if " ".join(phrase.split()) not in printed:
        failures.append(f"the PDF does not show {phrase!r}")
for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
