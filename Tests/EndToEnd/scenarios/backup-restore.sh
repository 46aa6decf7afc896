#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/backup-restore.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "the day's first start makes a checked backup; restore waits for every desk; erased stays erased"
KDB="$WORK/keep.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$KDB" --no-backup >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$KDB" --no-backup >/dev/null
sqlite3 "$KDB" "INSERT INTO citizens(name, name_fold, seeking, note, consent_on, created_at, updated_at)
  VALUES ('Grethe Nielsen', 'grethe nielsen', 'volunteer', 'enke, vil gerne hjælpe', '2026-11-30', '2026-11-30 10:00', '2026-11-30 10:00')"
start keep 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$KDB" --staff KM
expect "My follow-ups" 10 && keys F1 && expect "Search:"
AUTO="$KDB.backups/auto-$(date +%F).db"
for _ in $(seq 1 100); do [ -e "$AUTO" ] && break; sleep 0.05; done
[ -n "$CURRENT" ] && [ "$(stat -c %a "$KDB.backups")/$(stat -c %a "$AUTO")" != "700/600" ] && fail "backup modes: $(stat -c %a "$KDB.backups" "$AUTO" 2>&1)"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$AUTO" "pragma integrity_check; select count(*) from citizens")" != "$(printf 'ok\n1')" ] && fail "the automatic backup"
out="$("$BIN" backup "$WORK/manual.db" --db "$KDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Backup written: $WORK/manual.db"*"checked"* ]] || fail "backup: exit $code: $out"
out="$("$BIN" restore "$WORK/manual.db" --db "$KDB" --yes 2>&1)"; code=$?
[ $code -eq 4 ] && [[ "$out" == *"skranke still has $KDB open somewhere else"* ]] || fail "restore while open: exit $code: $out"
keys C-q && expect "EXIT:0"
out="$("$BIN" citizen erase 1 --yes --db "$KDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Erased: Grethe Nielsen"* ]] && [[ "$out" == *"1 automatic backup still holds the person"* ]] || fail "erase: exit $code: $out"
out="$("$BIN" restore "$WORK/manual.db" --db "$KDB" --yes 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"1 citizen who had been erased was erased again"* ]] && [[ "$out" == *"The old database is kept as $KDB.before-restore-"* ]] || fail "restore: exit $code: $out"
[ "$(sqlite3 "$KDB" "select count(*) from citizens")" = 0 ] || fail "the erased citizen came back"
grep -qa "Grethe Nielsen" "$KDB" "$KDB-wal" 2>/dev/null && fail "the name is in the restored file"
grep -qa "Grethe" "$KDB.backups/erasures.log" && fail "the erasure log holds a name"
out="$("$BIN" settings auto-backup off --db "$KDB" 2>&1)"
[[ "$out" == *"auto-backup off"* ]] || fail "settings: $out"
end

finish
