#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/register.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "F1: b lists who has not confirmed for a year; Enter, b confirms one and it leaves the list and the CSV"
RDB="$WORK/register.db"
for kind in areas associations activities rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$RDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$RDB" >/dev/null
active=$(sqlite3 "$RDB" "SELECT count(*) FROM associations WHERE active = 1")
stale_before=$("$BIN" export associations --stale 12 --db "$RDB" --no-backup | tail -n +2 | wc -l)
[ "$stale_before" = "$active" ] || fail "the CSV listed $stale_before of $active never-confirmed associations"
start register 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$RDB" --staff KM
expect "Mine opfølgninger" 10
keys F1 && expect "Søg:" && keys Escape
keys b && expect "Ikke bekræftet i 12 måneder ($active)" && expect "aldrig bekræftet"
first=$(sqlite3 "$RDB" "SELECT name FROM associations WHERE active = 1 ORDER BY sort_key, id LIMIT 1")
keys Enter && expect "$first" && expect "Bekræftet:  aldrig"
keys b && expect "Oplysningerne er bekræftet i dag." && expect "Bekræftet:  $(date +%d-%m-%Y)"
keys Escape && expect "Ikke bekræftet i 12 måneder ($((active - 1)))"
keys Escape && keys q && expect "EXIT:0"
# The CSV has one fewer, and not the confirmed one; a month count out of range is refused.
after=$("$BIN" export associations --stale 12 --db "$RDB" --no-backup)
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

finish
