"""A real browser for the end-to-end checks: headless Chromium driven over
its DevTools pipe (fd 3 and 4), standard library only. Loads a page,
reads what a reader would see, and prints it to PDF."""
import base64
import json
import os
import subprocess


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
