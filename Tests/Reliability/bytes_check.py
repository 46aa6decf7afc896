#!/usr/bin/env python3
"""Checks one output of skranke for bytes that could act in the program that
opens it. Usage: bytes_check.py terminal|csv|ics|json|html FILE [EXPECTED.json]

terminal: no C0 control but newline and tab, no DEL, no C1, no bidi control.
csv:      the same inside cells (tab, CR, LF allowed: quoted), and no cell a
          spreadsheet would run (beginning with = + - @ tab CR, or the
          fullwidth ＝ ＋ － ＠ a spreadsheet may read as those).
ics:      the same in the text, CRLF line ends, lines of at most 75 octets.
json:     parses; no raw control, DEL, C1 or bidi byte; with EXPECTED, every
          expected string is found among the values exactly (lossless).
html:     read by Python's HTML parser: no control, DEL, C1 or bidi character,
          no script or other active element, no event attribute (on...), no
          link to a javascript: or data: address.
Prints the number of problems and the first few; exits 1 when there are any.
"""
import csv
import html.parser
import io
import json
import sys

BIDI = {0x061C, 0x200E, 0x200F} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def unsafe(ch, allowed):
    v = ord(ch)
    if ch in allowed:
        return False
    return v < 0x20 or v == 0x7F or 0x80 <= v <= 0x9F or v in BIDI


def scan(text, allowed, where):
    return [f"{where}: U+{ord(c):04X}" for c in text if unsafe(c, allowed)]


class Active(html.parser.HTMLParser):
    """Collects what in a page could run or fetch something."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "img", "link", "form", "base"):
            self.problems.append(f"element <{tag}> at {self.getpos()}")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"attribute {name} on <{tag}> at {self.getpos()}")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                    ("javascript:", "data:", "vbscript:")):
                self.problems.append(f"{name}={value!r} on <{tag}>")


def main():
    mode, path = sys.argv[1], sys.argv[2]
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")  # invalid UTF-8 is itself a failure
    problems = []
    if mode == "terminal":
        problems += scan(text, "\n\t", "text")
    elif mode == "csv":
        for r, row in enumerate(csv.reader(io.StringIO(text, newline=""))):
            for c, cell in enumerate(row):
                problems += scan(cell, "\t\r\n", f"row {r + 1} cell {c + 1}")
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20"):
                    problems.append(f"row {r + 1} cell {c + 1}: formula {cell[:12]!r}")
    elif mode == "ics":
        if "\n" in text.replace("\r\n", ""):
            problems.append("a line not ended by CRLF")
        for n, line in enumerate(text.split("\r\n")):
            if len(line.encode("utf-8")) > 75:
                problems.append(f"line {n + 1}: {len(line.encode())} octets")
            problems += scan(line, "", f"line {n + 1}")
    elif mode == "html":
        problems += scan(text, "\n", "text")
        parser = Active()
        parser.feed(text)
        parser.close()
        problems += parser.problems
    elif mode == "json":
        problems += scan(text, "\n", "bytes")
        values = []

        def walk(node):
            if isinstance(node, dict):
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
            elif isinstance(node, str):
                values.append(node)

        walk(json.loads(text))
        if len(sys.argv) > 3:
            for expected in json.load(open(sys.argv[3])):
                if not any(expected in v for v in values):
                    problems.append(f"value lost in escaping: {expected!r}")
    print(len(problems))
    for p in problems[:5]:
        print("  " + p, file=sys.stderr)
    sys.exit(1 if problems else 0)


main()
