#!/usr/bin/env python3
"""Issue 24's inputs on the real binary: what traps, what slips past a
limit, what reads a date forward, what misreads a CSV. Each check counts;
the last line is the figure line the README quotes.

Usage: traps.py BIN WORK DATA LONG   (LONG = 1: the probe's full counts)
Exit 1 when any check failed (each failure is said on stderr).
"""
import os
import random
import resource
import sqlite3
import subprocess
import sys
import time

BIN, WORK, DATA, LONG = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
ENV = dict(os.environ, LANG="C.UTF-8", LC_ALL="", LC_MESSAGES="", TZ="Europe/Copenhagen")
ENV.pop("SKRANKE_DB", None)
failures = 0
random.seed(24)


def problem(text):
    global failures
    failures += 1
    print("  FAIL: " + text, file=sys.stderr)


def run(*args, db=None, stdin=None, timeout=60):
    cmd = [BIN, *args] + (["--db", db] if db else [])
    started = time.monotonic()
    proc = subprocess.run(
        cmd, env=ENV, input=stdin, capture_output=True, timeout=timeout,
        stdin=None if stdin is not None else subprocess.DEVNULL)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), \
        proc.stderr.decode("utf-8", "replace"), time.monotonic() - started


def demo(path):
    for kind in ["areas", "associations", "activities", "rooms", "funds", "rounds"]:
        code, _, err, _ = run("import", kind, f"{DATA}/{kind}.csv", "--no-backup", db=path)
        if code != 0:
            problem(f"demo import {kind}: {err}")
    run("staff", "add", "KM", "Karen Madsen", "--no-backup", db=path)


def trapped(code):
    """A signal (a trap is SIGILL: -4 here, 132 in a shell)."""
    return code < 0 or code >= 128


DB = f"{WORK}/traps.db"
demo(DB)
checks = 0

# ---- 1. characters Swift calls numbers, in every time and date field
odd = ["½", "²", "١٢", "𝟙", "１０", "Ⅻ", "1\u0301", "19½", "٣", "⁵"]
plain = ["19", "21", "2027-01-05", "05-01-2027", "i morgen", "+3", "30", "00", "uge 2", "tir"]
glue = [":", ".", "-", " ", ""]


def weird():
    return "".join(random.choice(random.choice([odd, plain, glue])) for _ in range(random.randint(1, 5)))


book_sets = 5304 if LONG else 400
book_traps = 0
for _ in range(book_sets):
    args = ["book", "--room", "Frivilligcentret: Mødelokale 1", "--association",
            "Røde Kors Hjørring", "--from", "2027-01-05 " + weird(), "--to", weird(),
            "--no-backup"]
    if random.random() < 0.3:
        args += ["--weekly-until", weird()]
    if random.random() < 0.3:
        args += ["--attendees", weird()]
    code, out, err, _ = run(*args, db=DB)
    if trapped(code) or "Fatal error" in err:
        book_traps += 1
        if book_traps <= 3:
            problem(f"book {args[7]!r} {args[9]!r} trapped: exit {code}")
checks += 1
rooms_csv = open(f"{DATA}/rooms.csv", encoding="utf-8").read()
room_files = 20000 if LONG else 300
room_traps = 0
for n in range(room_files):
    text = list(rooms_csv)
    for _ in range(random.randint(1, 6)):
        at = random.randrange(len(text))
        text[at:at + random.randint(0, 3)] = random.choice(odd + glue + plain)
    path = f"{WORK}/rooms-{n % 4}.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(text))
    code, _, err, _ = run("import", "rooms", path, "--dry-run", db=DB)
    if trapped(code) or "Fatal error" in err:
        room_traps += 1
        if room_traps <= 3:
            problem(f"import rooms (mutated) trapped: exit {code}")
checks += 1

# ---- 2. limits in bytes and code points; huge text drawn and named
big = f"{WORK}/big.csv"
with open(big, "w", encoding="utf-8") as f:
    f.write('name,description\nKombi,"a' + "\u0301" * 25_000_000 + '"\n')
before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
code, _, err, seconds = run("import", "associations", big, db=DB)
peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
if code != 1 or "KB" not in err or seconds > 1.0:
    problem(f"a 50 MB description: exit {code} in {seconds:.2f} s: {err[:200]}")
refuse_50mb = seconds
os.unlink(big)
marks = f"{WORK}/marks.csv"
with open(marks, "w", encoding="utf-8") as f:
    f.write("name\n" + ("a" + "\u0301" * 500) * 200 + "\n")
code, _, err, _ = run("import", "associations", marks, db=DB)
if code != 1 or not ("line 2: a field is over 64 KB" in err or "line 2: name: at most" in err):
    problem(f"200 letters of 500 marks: exit {code}: {err[:200]}")
checks += 2
# Text stored before these limits (put in by hand) is drawn, exported and
# named safely.
legacy_name = "Ærøskøbing Æblegrødsforening " * 6 + "a" + "\u0301" * 300
con = sqlite3.connect(DB)
con.execute("UPDATE associations SET name = ?, description = ? WHERE name = 'Røde Kors Hjørring'",
            (legacy_name, "a" + "\u0301" * 2_000_000))
con.commit()
con.close()
out_dir = f"{WORK}/overview"
code, _, err, _ = run("overview", "--out", out_dir, db=DB)
longest_name = max((len(n.encode()) for n in os.listdir(out_dir + "/foreninger")), default=0) \
    if os.path.isdir(out_dir + "/foreninger") else -1
if code != 0 or longest_name > 100:
    problem(f"overview with a long name: exit {code}, longest file name {longest_name} bytes: {err[:200]}")
checks += 1
con = sqlite3.connect(DB)
con.execute("UPDATE associations SET name = 'Røde Kors Hjørring', description = 'Kort' "
            "WHERE name = ?", (legacy_name,))
con.commit()
con.close()
# The longest text a file may bring (10,000 letters, each with a mark) is
# the longest line an export writes.
longest = f"{WORK}/longest.csv"
with open(longest, "w", encoding="utf-8") as f:
    f.write('name,description\nLængst,"' + "æ\u0301" * 10_000 + '"\n')
code, _, err, _ = run("import", "associations", longest, "--no-backup", db=DB)
code2, out, err2, _ = run("export", "associations", db=DB)
longest_line = max(len(line.encode()) for line in out.splitlines()) if out else 0
if code != 0 or code2 != 0 or longest_line > 64 * 1024:
    problem(f"the longest text: import {code} {err[:100]}, export {code2}, line {longest_line}")
checks += 1

# ---- 5. a long non-ASCII file does not hold other desks' saves
rows = ["name,description"]
for n in range(300):
    rows.append("".join(random.choice("æøåÆØÅ") for _ in range(190)) + f"{n},\"" +
                "".join(random.choice("æøåÆØÅ ") for _ in range(900)) + '"')
wide = f"{WORK}/wide.csv"
with open(wide, "w", encoding="utf-8") as f:
    f.write("\n".join(rows) + "\n")
size_kb = os.path.getsize(wide) // 1024
importer = subprocess.Popen([BIN, "import", "associations", wide, "--db", DB, "--no-backup"],
                            env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL)
started = time.monotonic()
saves = refused_saves = 0
while importer.poll() is None or saves < 3:
    code, _, err, _ = run("staff", "add", f"W{saves}", f"Ved siden af {saves}", "--no-backup", db=DB)
    saves += 1
    if code != 0:
        refused_saves += 1
        problem(f"another desk's save during the import: exit {code}: {err[:120]}")
import_seconds = time.monotonic() - started
if importer.wait() != 0:
    problem("the 600 KB import failed: " + importer.stderr.read().decode()[:200])
checks += 1

# ---- 8. yearless dates in reports and exports look back
year = time.localtime().tm_year
code, out, err, _ = run("book", "--room", "Frivilligcentret: Mødelokale 1", "--association",
                        "Røde Kors Hjørring", "--from", f"{year}-01-13 10:00", "--to",
                        f"{year}-01-13 12:00", "--past", "--no-backup", db=DB)
code, out, err, _ = run("export", "bookings", "--from", "01-01", "--to", "31-01", db=DB)
if code != 0 or f"{year}-01-13" not in out:
    problem(f"export bookings --from 01-01 --to 31-01: exit {code}, {out[:200]!r} {err[:200]}")
code, out, err, _ = run("export", "bookings", "--from", "01-01", "--to", "31-12", db=DB)
if code != 0:
    problem(f"the README's --from 01-01 --to 31-12: exit {code}: {err}")
checks += 2

# ---- 9, 10. CSV misreads and what a file may hold
cases = [
    ("associations", "name,area,description\nKombi To,\u0301Hirtshals,Beskrivelse,ekstra\n",
     "line 2: 4 fields, but the header has 3"),
    ("associations", "name,area,area\nKombi,Hjørring,Hirtshals\n", "line 1: the column 'area'"),
]
for kind, text, message in cases:
    path = f"{WORK}/case.csv"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    code, _, err, _ = run("import", kind, path, db=DB)
    if code != 1 or message not in err:
        problem(f"{text!r}: exit {code}: {err[:200]}")
    checks += 1
path = f"{WORK}/funds-cr.csv"
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write('name,criteria\r\nCR-puljen,"Første\rAnden\r\nTredje"\r\n')
run("import", "funds", path, "--no-backup", db=DB)
con = sqlite3.connect(DB)
criteria = con.execute("SELECT criteria FROM funds WHERE name = 'CR-puljen'").fetchone()
con.execute("""INSERT INTO grant_applications(round_id, association_id, purpose, amount_applied,
  helper_id, status, created_at) VALUES ((SELECT min(id) FROM fund_rounds),
  (SELECT min(id) FROM associations), '＝1+1', 1000, 1, 'writing', '2026-11-30 10:00')""")
con.commit()
con.close()
if criteria is None or "\r" in criteria[0] or criteria[0].count("\n") != 2:
    problem(f"a lone CR in funds.csv's criteria: {criteria!r}")
for excel in ([], ["--excel"]):
    code, out, err, _ = run("export", "applications", *excel, db=DB)
    # The export must have run and held the cell: a refusal passes nothing.
    if code != 0 or "1+1" not in out:
        problem(f"export applications {excel}: exit {code}, no cell to check: {err[:200]}")
    elif "＝1+1" in out and "'＝1+1" not in out:
        problem(f"export applications {excel}: a fullwidth formula cell")
checks += 3

# ---- 11. the smaller ones
code, _, err, seconds = run("import", "associations", "/dev/zero", db=DB)
if code != 1 or "64 MB" not in err or seconds > 5:
    problem(f"/dev/zero: exit {code} in {seconds:.1f} s: {err[:200]}")
messages = [
    (["book", "--room", "Frivilligcentret: Mødelokale 1", "--association", "Røde Kors Hjørring",
      "--from", "2027-01-05 10:00", "--to", "2027-01-05 10:00"], "the end must be after the start"),
]
for args, want in messages:
    code, _, err, _ = run(*args, "--no-backup", db=DB)
    if want not in err:
        problem(f"{args}: {err[:200]}")
path = f"{WORK}/cap.csv"
with open(path, "w", encoding="utf-8") as f:
    f.write("name,capacity\nLoftet,-4\n")
code, _, err, _ = run("import", "rooms", path, db=DB)
if "a whole number from 1 to 10000" not in err:
    problem(f"capacity -4: {err[:200]}")
with open(path, "w", encoding="utf-8") as f:
    f.write("name,phone\nNy Forening,1234\n")
code, _, err, _ = run("import", "associations", path, db=DB)
if "phone: phone:" in err or "phone: 8 digits" not in err:
    problem(f"phone: {err[:200]}")
with open(f"{WORK}/random.csv", "wb") as f:
    f.write(random.randbytes(3000))
code, _, err, _ = run("import", "associations", f"{WORK}/random.csv", db=DB)
if "the rest of the file is UTF-8" in err or code != 1:
    problem(f"random bytes: {err[:200]}")
checks += 5
# An older copy left readable by everyone is tightened by the day's backup.
folder = DB + ".backups"
os.makedirs(folder, exist_ok=True)
old = f"{folder}/auto-2020-01-06.db"
subprocess.run(["cp", DB, old])
os.chmod(old, 0o644)
run("staff", "add", "ZZ", "Zenia", db=DB)
if os.stat(old).st_mode & 0o077:
    problem(f"an old copy stayed {oct(os.stat(old).st_mode & 0o777)}")
checks += 1

print(f"traps and limits: {book_sets} random book argument sets ({book_traps} trapped), "
      f"{room_files} mutated room files ({room_traps} trapped); a 50 MB description refused "
      f"in {refuse_50mb:.2f} s (peak {peak_mb} MB), 200 letters of 500 marks refused, a stored "
      f"long name's overview pages at most {longest_name} bytes, the longest export line "
      f"{longest_line // 1024} KB; a {size_kb} KB import in {import_seconds:.2f} s beside "
      f"{saves} saves of another desk ({refused_saves} refused); {checks} checks, "
      f"{failures} failed")
sys.exit(1 if failures else 0)
