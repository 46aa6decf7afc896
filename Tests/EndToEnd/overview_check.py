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
import base64
import json
import os
import subprocess
import sys

site, names_file, evil, pdf_path = sys.argv[1:5]
names = [n for n in open(names_file, encoding="utf-8").read().split("\n") if n]
failures = []


def fail(text):
    failures.append(text)


class Browser:
    def __init__(self):
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def wire():
            # Moved away first: dup2 onto the same number would keep the
            # close-on-exec flag, and the browser would find fd 3 closed.
            read_end, write_end = os.dup(to_browser_r), os.dup(from_browser_w)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        chromium = os.environ.get("CHROMIUM", "chromium")
        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-dev-shm-usage", "--remote-debugging-pipe", "about:blank"],
            preexec_fn=wire, close_fds=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call(
            "Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable", session=True)

    def read_message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self.read_message()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def load(self, url):
        self.events = []
        self.call("Page.navigate", {"url": url}, session=True)
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self.read_message())

    def read_page(self):
        expression = """JSON.stringify({
          title: document.title,
          headings: [...document.querySelectorAll('h1, h2')].map(e => e.textContent),
          text: document.body.innerText,
          scripts: document.scripts.length,
          fetched: performance.getEntriesByType('resource').map(e => e.name),
          links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))})"""
        result = self.call("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True}, session=True)
        return json.loads(result["result"]["value"])

    def pdf(self):
        result = self.call("Page.printToPDF", {
            "preferCSSPageSize": True, "printBackground": True,
            "displayHeaderFooter": False}, session=True)
        return base64.b64decode(result["data"])

    def close(self):
        try:
            self.call("Browser.close")
        except RuntimeError:
            pass
        self.process.wait(timeout=20)


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
