#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/import-export.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "a bad import names the line and changes nothing"
DB="$WORK/import.db"
"$BIN" import associations "$ROOT/data/associations.csv" --db "$DB" >/dev/null || fail "demo import failed"
before="$(sqlite3 "$DB" 'select count(*) from associations')"
printf 'name;email\nGod Forening;god@forening.dk\nDårlig Forening;ikke-en-mail\n' >"$WORK/bad.csv"
out="$(LANG=da_DK.UTF-8 "$BIN" import associations "$WORK/bad.csv" --db "$DB" 2>&1)"; code=$?
after="$(sqlite3 "$DB" 'select count(*) from associations')"
[ $code -ne 0 ] && [[ "$out" == *"linje 3"* ]] && [[ "$out" == *email* ]] || fail "exit $code: $out"
[ "$before" = "$after" ] || fail "count changed from $before to $after"
end

begin "export then import round-trips without loss"
"$BIN" export associations --db "$DB" --out "$WORK/a.csv" && "$BIN" export activities --db "$DB" --out "$WORK/v.csv" || fail "export failed"
"$BIN" import associations "$WORK/a.csv" --db "$WORK/copy.db" >/dev/null && "$BIN" import activities "$WORK/v.csv" --db "$WORK/copy.db" >/dev/null || fail "re-import failed"
"$BIN" export associations --db "$WORK/copy.db" --out "$WORK/a2.csv" && "$BIN" export activities --db "$WORK/copy.db" --out "$WORK/v2.csv"
cmp -s "$WORK/a.csv" "$WORK/a2.csv" && cmp -s "$WORK/v.csv" "$WORK/v2.csv" || fail "exports differ after a round trip"
# A device is written as it is (no temporary file beside /dev/stdout), and a pipe never hangs.
out="$(timeout 10 "$BIN" export associations --db "$DB" --out /dev/stdout | head -1)"
[ "$out" = "$(head -1 "$WORK/a.csv")" ] || fail "--out /dev/stdout: $out"
end

finish
