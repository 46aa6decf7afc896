#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/newer-file.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "a file from a newer skranke is refused and left untouched"
sqlite3 "$WORK/newer.db" 'PRAGMA user_version=99; CREATE TABLE x(y);'
sum_before="$(md5sum <"$WORK/newer.db")"
out="$("$BIN" export associations --db "$WORK/newer.db" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *newer* ]] && [ "$sum_before" = "$(md5sum <"$WORK/newer.db")" ] || fail "exit $code: $out"
end

finish
