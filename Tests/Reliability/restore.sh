#!/usr/bin/env bash
# Erasures and restores (issue 24.3, 4, 6), on the real binary:
# - the wrong person: citizens made at a desk (F3, in tmux), the newest
#   erased, another made in the same minute, backed up and restored: the
#   one never erased stays;
# - the USB copy on a new disk: the restore says it cannot know of later
#   erasures and refuses --yes alone; given the newer copy, the erased
#   person stays erased;
# - kills: restore is killed (KILL, INT, HUP) at random moments, with a
#   commit only in the write-ahead log; after each, a write through a
#   second name of the file is refused, the next start finishes or undoes
#   the restore, and every acknowledged write is in the database or in the
#   copy the restore kept, with no copy, journal or second name left.
source "$(dirname "$0")/lib.sh"
ROUNDS=$([ "$LONG" = 1 ] && echo 60 || echo 12)
DB="$WORK/desk.db"
demo_db "$DB"
checks=0

# new_citizen NAME: saved through F3's profile, as at a desk.
new_citizen() {
  local sock="$WORK/c$RANDOM.sock"
  tui_start "$sock" "LANG=da_DK.UTF-8 $BIN --db $DB --staff KM --no-backup"
  tui_expect "$sock" "Mine opfølgninger" 10 || return 1
  tmux -S "$sock" send-keys F3
  tui_expect "$sock" "Ny borger" || return 1
  tmux -S "$sock" send-keys -l "$1"
  for _ in $(seq 15); do tmux -S "$sock" send-keys Tab; done
  tmux -S "$sock" send-keys Space C-s
  tui_expect "$sock" "Borgeren er gemt" || return 1
  tmux -S "$sock" send-keys C-q
  tui_expect "$sock" "EXIT:0"
  tmux -S "$sock" kill-server
}
names() { sqlite3 "$1" "SELECT group_concat(name, ',') FROM (SELECT name FROM citizens ORDER BY id)"; }

# ---- 4. the wrong person erased
new_citizen "Anna Andersen" && new_citizen "Bo Berg"
bo="$(sqlite3 "$DB" "SELECT id FROM citizens WHERE name = 'Bo Berg'")"
"$BIN" citizen erase "$bo" --yes --db "$DB" >/dev/null || problem "erasing Bo"
new_citizen "Carl Clausen"
carl="$(sqlite3 "$DB" "SELECT id FROM citizens WHERE name = 'Carl Clausen'")"
[ "$carl" -gt "$bo" ] || problem "Carl got Bo's number $bo"
"$BIN" backup "$WORK/after.db" --db "$DB" >/dev/null || problem "backup"
"$BIN" restore "$WORK/after.db" --yes --db "$DB" >/dev/null || problem "restore"
[ "$(names "$DB")" = "Anna Andersen,Carl Clausen" ] || problem "after the restore: $(names "$DB")"
checks=$((checks + 2))

# ---- 3. the USB copy on a new disk
mkdir -p "$WORK/stick" "$WORK/lone" "$WORK/new1" "$WORK/new2" "$WORK/new3" "$WORK/new4"
"$BIN" backup "$WORK/stick/mandag.db" --db "$DB" >/dev/null
anna="$(sqlite3 "$DB" "SELECT id FROM citizens WHERE name = 'Anna Andersen'")"
"$BIN" citizen erase "$anna" --yes --db "$DB" >/dev/null || problem "erasing Anna"
"$BIN" backup "$WORK/stick/onsdag.db" --db "$DB" >/dev/null
cp "$WORK/stick/mandag.db" "$WORK/lone/mandag.db"
out="$("$BIN" restore "$WORK/lone/mandag.db" --yes --db "$WORK/new1/skranke.db" 2>&1)"; code=$?
[ $code = 1 ] && [[ "$out" == *"cannot know whether anyone was erased"* ]] \
  && [ ! -e "$WORK/new1/skranke.db" ] || problem "alone, --yes: exit $code: $out"
out="$(echo yes | "$BIN" restore "$WORK/lone/mandag.db" --db "$WORK/new2/skranke.db" 2>&1)"; code=$?
[ $code = 0 ] && [[ "$out" == *"--erasures FILE"* ]] || problem "alone, asked: exit $code: $out"
out="$("$BIN" restore "$WORK/lone/mandag.db" --erasures "$WORK/stick/onsdag.db" --yes \
  --db "$WORK/new3/skranke.db" 2>&1)"; code=$?
[ $code = 0 ] && [ "$(names "$WORK/new3/skranke.db")" = "Carl Clausen" ] \
  || problem "given the newer copy: exit $code, $(names "$WORK/new3/skranke.db"): $out"
out="$("$BIN" restore "$WORK/stick/mandag.db" --without-erasures --yes \
  --db "$WORK/new4/skranke.db" 2>&1)"; code=$?
[ $code = 0 ] && [[ "$out" == *"read from the other copies beside it"* ]] \
  && [ "$(names "$WORK/new4/skranke.db")" = "Carl Clausen" ] \
  || problem "beside the newer copy: exit $code, $(names "$WORK/new4/skranke.db"): $out"
checks=$((checks + 4))

# ---- 6. kills during restore
# A file large enough that a restore takes a moment to kill.
for n in $(seq 1 20000); do echo "Hjørring Frivilligcenter,Genopret $n,tilbud,\"$(printf '%0200d' "$n")\""; done \
  | sed '1i association,title,kind,description' >"$WORK/more.csv"
"$BIN" import activities "$WORK/more.csv" --db "$DB" --no-backup >/dev/null
"$BIN" backup "$WORK/source.db" --db "$DB" >/dev/null
kills=0; acked=0; lost=0; left=0; refused=0; recovered=0; done_restores=0
for round in $(seq 1 "$ROUNDS"); do
  # A commit only in the write-ahead log: a desk that died after saving.
  python3 - "$DB" "R$round" <<'PY'
import os, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA wal_autocheckpoint=0")
c.execute("INSERT INTO staff(initials, name) VALUES (?, 'Kvittering')", (sys.argv[2],))
os._exit(0)
PY
  acked=$((acked + 1))
  # Every other round holds the swap's two narrowest steps (kept names
  # made, log removed, copy not yet renamed) for 500 ms each, so a kill
  # lands inside them; the others are killed anywhere.
  pause=$([ $((round % 2)) = 0 ] && echo 500 || echo 0)
  # (A background job ignores INT unless told otherwise: as at a terminal, it may not.)
  SKRANKE_RESTORE_PAUSE_MS=$pause env --default-signal=INT,HUP \
    "$BIN" restore "$WORK/source.db" --yes --db "$DB" >/dev/null 2>&1 &
  pid=$!
  if [ "$pause" = 0 ]; then sleep "0.0$(( RANDOM % 10 ))$(( RANDOM % 10 ))"; else sleep "0.$(( 3 + RANDOM % 5 ))"; fi
  sig=$(( round % 3 )); sig=$([ $sig = 0 ] && echo KILL || ([ $sig = 1 ] && echo INT || echo HUP))
  kill -"$sig" "$pid" 2>/dev/null && kills=$((kills + 1))
  wait "$pid" 2>/dev/null
  # A second name of the live file is never written through.
  for kept in "$DB".before-restore-*; do
    [ -e "$kept" ] && [ "$(stat -c %h "$kept")" -gt 1 ] || continue
    if "$BIN" staff add "X$round" "Gennem andet navn" --db "$kept" --no-backup >/dev/null 2>&1; then
      problem "round $round: a write through $kept was taken"
    else
      refused=$((refused + 1))
    fi
  done
  [ -e "$DB.restore-journal" ] && recovered=$((recovered + 1))
  [ -e "$DB.restore-journal" ] || [ "$pause" = 0 ] || problem "round $round: the kill missed the swap"
  "$BIN" staff list --db "$DB" >/dev/null 2>&1 || problem "round $round: the next start failed"
  # Every acknowledged write: in the database, or in the file the restore kept.
  where="$(sqlite3 "$DB" "SELECT count(*) FROM staff WHERE initials = 'R$round'")"
  if [ "$where" != 1 ]; then
    found=0
    for kept in "$DB".before-restore-*; do
      [ -e "$kept" ] || continue
      [[ "$kept" == *-wal || "$kept" == *-shm ]] && continue
      [ "$(sqlite3 "file:$kept?mode=ro" "SELECT count(*) FROM staff WHERE initials = 'R$round'" 2>/dev/null)" = 1 ] \
        && found=1
    done
    [ $found = 1 ] && done_restores=$((done_restores + 1)) \
      || { lost=$((lost + 1)); problem "round $round: R$round is in neither the database nor a kept copy"; }
  fi
  n_left="$(ls "$WORK" | grep -c -e '\.restoring-' -e '\.restore-journal')"
  left=$((left + n_left))
  [ "$n_left" = 0 ] || problem "round $round: $(ls "$WORK" | grep -e '\.restoring-' -e '\.restore-journal')"
  [ "$(stat -c %h "$DB")" = 1 ] || problem "round $round: the database has $(stat -c %h "$DB") names"
  [ "$(integrity "$DB")" = ok ] || problem "round $round: integrity"
done
checks=$((checks + ROUNDS * 4))
echo "erasure and restore: the wrong person 0 of 1 erased, the new disk's restore said it could not know and took the newer copy's erasure; $kills restores killed (KILL, INT, HUP) with a commit only in the log: $acked acknowledged writes, $lost lost ($done_restores in the kept copy of a finished restore), $recovered journals finished or undone by the next start, $refused writes through a second name refused, $left copies or journals left; $checks checks, $FAILURES failed"
[ "$FAILURES" -eq 0 ]
