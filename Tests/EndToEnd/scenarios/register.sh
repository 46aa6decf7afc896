#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/register.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "F1: b lists who has not confirmed for a year; Enter, b confirms one and it leaves the list and the CSV"
RDB="$WORK/register.db"
for kind in areas associations activities rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$RDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$RDB" >/dev/null
active=$(sqlite3 "$RDB" "SELECT count(*) FROM associations WHERE active = 1")
stale_before=$("$BIN" export associations --stale 12 --db "$RDB" | tail -n +2 | wc -l)
[ "$stale_before" = "$active" ] || fail "the CSV listed $stale_before of $active never-confirmed associations"
start register 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$RDB" --staff KM
expect "Mine opfølgninger" 10
keys F1 && expect "Søg:" && keys Down
keys b && expect "Ikke bekræftet i 12 måneder ($active)" && expect "aldrig bekræftet"
first=$(sqlite3 "$RDB" "SELECT name FROM associations WHERE active = 1 ORDER BY sort_key, id LIMIT 1")
keys Enter && expect "$first" && expect "Bekræftet:  aldrig"
keys b && expect "Oplysningerne er bekræftet i dag." && expect "Bekræftet:  $(date +%d-%m-%Y)"
keys Escape && expect "Ikke bekræftet i 12 måneder ($((active - 1)))"
keys Escape && keys C-q && expect "EXIT:0"
# The CSV has one fewer, and not the confirmed one; a month count out of range is refused.
after=$("$BIN" export associations --stale 12 --db "$RDB")
[ "$(printf '%s\n' "$after" | tail -n +2 | wc -l)" = "$((active - 1))" ] || fail "the CSV still lists the confirmed one"
printf '%s\n' "$after" | grep -q "^$first," && fail "the confirmed association is still in the CSV"
out=$("$BIN" export associations --stale 0 --db "$RDB" 2>&1 >/dev/null); status=$?
[ "$status" = 2 ] && printf '%s' "$out" | grep -q "from 1 to 600" || fail "--stale 0: exit $status, '$out'"
end

begin "import --dry-run: what a file would add, update and refuse, nothing written"
DDB="$WORK/dry.db"
"$BIN" import areas "$ROOT/data/areas.csv" --db "$DDB" >/dev/null || fail "import areas"
printf 'name,area,phone\nNy Klub,Hjørring,\nAnden Klub,Hjørring,12\n' > "$WORK/dry.csv"
out=$("$BIN" import associations "$WORK/dry.csv" --dry-run --db "$DDB" 2>"$WORK/dry.err"); status=$?
[ "$status" = 1 ] || fail "dry run with a bad line: exit $status"
printf '%s' "$out" | grep -q "1 would be added, 0 updated" || fail "dry run said: $out"
grep -q "line 3" "$WORK/dry.err" || fail "dry run did not name line 3: $(cat "$WORK/dry.err")"
[ "$(sqlite3 "$DDB" 'SELECT count(*) FROM associations')" = 0 ] || fail "the dry run wrote"
end

begin "the file: an inquiry logged with asker Forening fills in its association and shows with a referral and a booking"
FDB="$WORK/file.db"
for kind in areas associations activities rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$FDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$FDB" >/dev/null
day="$(date -d '+3 days' +%F)"; past="$(date -d '-5 days' +%F)"
"$BIN" book --db "$FDB" --room "store sal" --association "ældre sagen hj" --from "$day 10:00" --to "$day 12:00" >/dev/null \
  || fail "the booking"
# A referral made in F3 to one of its activities, as another desk made it.
sqlite3 "$FDB" "
  INSERT INTO citizens(name, name_fold, seeking, consent_on, created_at, updated_at)
  VALUES ('Grethe Nielsen', 'grethe nielsen', 'volunteer', '$past', '$past 11:00', '$past 11:00');
  INSERT INTO referrals(citizen_id, activity_id, referred_on, staff_id, status, updated_at)
  SELECT c.id, v.id, '$past', s.id, 'started', '$past 11:00'
  FROM citizens c, staff s, activities v JOIN associations a ON a.id = v.association_id
  WHERE a.name = 'Ældre Sagen Hjørring' AND v.title = 'Besøgsven for ældre';" || fail "the referral"
start file 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$FDB" --staff KM
expect "Mine opfølgninger" 10
keys F2 && keys C-n && expect "Ny henvendelse"
keys -l "Vil søge § 18-midler til nyt besøgsprojekt" && keys Tab Right Tab Tab
keys -l "Ældre Sagen Hjørring" && keys Tab Tab Tab f
expect "→ Ældre Sagen Hjørring (efter navnet)"
keys C-s && expect "er logget"
keys F1 && expect "Søg:" && keys -l "ældre sagen hj" && keys Enter && expect "Bekræftet:"
keys NPage NPage
expect "Henvendelser: 1, heraf 1 åbne (h viser dem)"
expect "Vil søge § 18-midler til nyt besøgsprojekt"
expect "Henvisninger: 1, heraf 1 startet"
expect "Besøgsven for ældre · startet"
expect "Bookinger: 1 kommende"
keys h && expect "[Om Ældre Sagen Hjørring]" && keys Escape && expect "Henvendelser: 1, heraf 1 åbne"
keys Escape && keys C-q && expect "EXIT:0"
end

begin "a spreadsheet as a Danish office has it: loose labels refused all at once, added with --add-target-groups"
SDB="$WORK/sheet.db"
"$BIN" import areas "$ROOT/data/areas.csv" --db "$SDB" >/dev/null || fail "import areas"
# Saved from Excel as "CSV (semikolonsepareret)": Windows-1252, ';', CRLF.
printf 'Navn;Område;Målgrupper\r\nÆldreklubben Vrå;Vrå;Ældre mennesker, hjemløse\r\nForældrecaféen;Hjørring;Forældre|Småbørn\r\nKattens Venner;Sindal;"Katte; psykisk sårbare"\r\n' \
  | sed 's/^Navn;Område;Målgrupper/name;area;target_groups/' | iconv -f UTF-8 -t WINDOWS-1252 > "$WORK/sheet.csv"
err=$(LANG=da_DK.UTF-8 "$BIN" import associations "$WORK/sheet.csv" --db "$SDB" 2>&1 >/dev/null); status=$?
[ "$status" = 1 ] || fail "without --add-target-groups: exit $status"
for label in "'Forældre' (linje 3" "'Småbørn' (linje 3" "'Katte' (linje 4"; do
  printf '%s' "$err" | grep -qF "$label" || fail "the refusal does not list $label: $err"
done
printf '%s' "$err" | grep -q "3 målgrupper kan ikke placeres" || fail "not all at once: $err"
printf '%s' "$err" | grep -q -- "--add-target-groups" || fail "the refusal does not name the way out: $err"
[ "$(sqlite3 "$SDB" 'SELECT count(*) FROM associations')" = 0 ] || fail "the refused file wrote"
out=$(LANG=da_DK.UTF-8 "$BIN" import associations "$WORK/sheet.csv" --add-target-groups --db "$SDB") || fail "with the flag: exit $?"
printf '%s' "$out" | grep -q "3 nye" || fail "import said: $out"
printf '%s' "$out" | grep -q "Nye målgrupper tilføjet som centrets egne: Forældre, Småbørn, Katte" || fail "import said: $out"
# Read whole before grep: grep -q stops early, and pipefail would count the
# writer's broken pipe as a failure.
list=$("$BIN" target-groups list --db "$SDB")
printf '%s\n' "$list" | grep -qx "Katte" || fail "Katte is not on the list: $list"
groups=$(sqlite3 "$SDB" "SELECT group_concat(t.name_da, '|') FROM associations a JOIN association_target_groups x ON x.association_id = a.id JOIN target_groups t ON t.id = x.target_group_id WHERE a.name = 'Ældreklubben Vrå' ORDER BY t.sort_key")
[ "$groups" = "Ældre og ensomhed|Hjemløshed" ] || [ "$groups" = "Hjemløshed|Ældre og ensomhed" ] || fail "Ældreklubben Vrå has: $groups"
# The same sheet saved as UTF-8 with a BOM imports as an update, adding nothing.
{ printf '\xef\xbb\xbf'; iconv -f WINDOWS-1252 -t UTF-8 "$WORK/sheet.csv"; } > "$WORK/sheet-bom.csv"
out=$("$BIN" import associations "$WORK/sheet-bom.csv" --db "$SDB") || fail "the BOM file: exit $?"
printf '%s' "$out" | grep -q "0 added, 3 updated" || fail "the BOM file: $out"
# --excel round-trips: export, import into a fresh file, export again: the same.
"$BIN" export associations --excel --db "$SDB" --out "$WORK/excel.csv" || fail "export --excel"
head -c 3 "$WORK/excel.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "no BOM in the --excel export"
"$BIN" import areas "$ROOT/data/areas.csv" --db "$WORK/copy.db" >/dev/null
"$BIN" import associations "$WORK/excel.csv" --add-target-groups --db "$WORK/copy.db" >/dev/null || fail "re-import"
diff <("$BIN" export associations --db "$SDB") <("$BIN" export associations --db "$WORK/copy.db") >/dev/null \
  || fail "the --excel export did not round-trip"
out=$("$BIN" target-groups hide katte --db "$SDB")
printf '%s' "$out" | grep -q "Hidden: Katte" || fail "hide: $out"
list=$("$BIN" target-groups list --db "$SDB")
printf '%s\n' "$list" | grep -qx "Katte (hidden)" || fail "hidden not shown as hidden: $list"
end

finish
