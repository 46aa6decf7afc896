#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/overview.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

ODB="$WORK/overview.db"
for kind in areas associations activities rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$ODB" >/dev/null || fail "import $kind"; done
EVIL='<script>alert(1)</script> & Co'
printf 'name,area,description\n"%s",Hjørring,"Vi <b>mødes</b> & hygger"\n' "$EVIL" > "$WORK/evil.csv"
"$BIN" import associations "$WORK/evil.csv" --db "$ODB" >/dev/null || fail "import the odd name"
sqlite3 "$ODB" "SELECT name FROM associations WHERE active = 1" > "$WORK/names.txt"

begin "overview: the site and the booklet read in Chromium; the PDF has its contents and every name"
out=$(LANG=da_DK.UTF-8 "$BIN" overview --out "$WORK/site" --db "$ODB") || fail "overview: exit $?"
printf '%s' "$out" | grep -q "Oversigten $(date +%Y) er skrevet" || fail "overview said: $out"
check=$(python3 "$ROOT/Tests/EndToEnd/overview_check.py" "$WORK/site" "$WORK/names.txt" "$EVIL" "$WORK/hefte.pdf" 2>&1) \
  || fail "$check"
booklet=$(pdftotext "$WORK/hefte.pdf" - | tr -s ' \n' '  ')
printf '%s' "$booklet" | grep -q "Ikke bekræftet: foreningen har ikke" || fail "the booklet does not mark unconfirmed details"
grep -q "Lukket\|nedlagt" "$WORK/names.txt" && fail "an inactive association is among the active names"
printf '%s' "$booklet" | grep -q "Hirtshals Fiskerforening (nedlagt)" && fail "the inactive association is in the booklet"
end

begin "overview --demo: the demo data's overview, every active association in the browser and the PDF"
out=$("$BIN" overview --demo --out "$WORK/demo-site") || fail "overview --demo: exit $?"
python3 -c 'import csv, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if row.get("active", "ja").strip().lower() != "nej": print(row["name"])' "$ROOT/data/associations.csv" > "$WORK/demo-names.txt"
check=$(python3 "$ROOT/Tests/EndToEnd/overview_check.py" "$WORK/demo-site" "$WORK/demo-names.txt" "Røde Kors Hjørring" "$WORK/demo.pdf" 2>&1) \
  || fail "$check"
echo "     $check"
demo_db=$(printf '%s' "$out" | sed -n 's/^The demo database is in \(.*\) (delete.*/\1/p')
case "$demo_db" in */skranke-demo*/skranke.db) rm -rf "$(dirname "$demo_db")" ;; *) fail "overview --demo did not say where its database is: $out" ;; esac
end

begin "overview: written again over itself; a folder holding anything else is refused untouched"
"$BIN" overview --year 2027 --out "$WORK/site" --db "$ODB" >/dev/null || fail "second overview: exit $?"
grep -q "<title>Frivillige sociale foreninger 2027</title>" "$WORK/site/index.html" \
  || fail "the second overview (in Danish whatever LANG) did not replace the first"
mkdir "$WORK/mine" && echo "mit" > "$WORK/mine/noter.txt"
err=$(LANG=da_DK.UTF-8 "$BIN" overview --out "$WORK/mine" --db "$ODB" 2>&1 >/dev/null); status=$?
[ "$status" = 2 ] && printf '%s' "$err" | grep -q "vælg en tom eller ny mappe" || fail "exit $status: $err"
[ "$(ls "$WORK/mine")" = "noter.txt" ] || fail "the refused folder was changed: $(ls "$WORK/mine")"
err=$("$BIN" overview --year 1850 --out "$WORK/x" --db "$ODB" 2>&1 >/dev/null); status=$?
[ "$status" = 2 ] && printf '%s' "$err" | grep -q "from 2000 to 2100" || fail "--year 1850: exit $status, $err"
end

finish
