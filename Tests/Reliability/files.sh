#!/usr/bin/env bash
# Bad luck with the file itself: damaged, locked by another program, on a
# full disk (a small tmpfs, when run as root), and written by a newer
# skranke. Each is refused in plain words with its own exit code, the file
# is never changed by the refusal, and no SQLite text reaches the person.
source "$(dirname "$0")/lib.sh"
kinds=0
refusals=0
untouched=0
leaks=0

# expect_refusal NAME EXIT MESSAGE CMD...: the command fails as pinned.
expect_refusal() {
  local name="$1" want="$2" message="$3"
  shift 3
  refusals=$((refusals + 1))
  local out code
  out="$("$@" </dev/null 2>&1)"
  code=$?
  [ "$code" = "$want" ] && [[ "$out" == *"$message"* ]] || problem "$name: exit $code (want $want): $out"
  if grep -qiE 'SQLite error|\[SQL:|disk image|malformed|\*\*\* in database|unable to open database|database is locked|no such (table|column)|constraint failed' <<<"$out"; then
    leaks=$((leaks + 1))
    problem "$name: raw SQLite text: $out"
  fi
}

same_file() {  # same_file NAME BEFORE PATH
  if [ "$2" = "$(md5sum <"$3")" ]; then untouched=$((untouched + 1)); else problem "$1: the file changed"; fi
}

# ---- damaged: 64 bytes flipped on a table page, then on an index page
kinds=$((kinds + 1))
DB="$WORK/damaged.db"
demo_db "$DB"
"$BIN" staff add LS "Lars Søgaard" --db "$DB" >/dev/null  # the day's automatic backup
# A desk with its clock a year ahead left a copy dated then: never the newest.
cp "$DB.backups/auto-$(date +%F).db" "$DB.backups/auto-$(date -d '+1 year' +%F).db"
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
python3 - "$DB" 4096 <<'EOF'
import sys
path, offset = sys.argv[1], int(sys.argv[2])
with open(path, "r+b") as f:
    f.seek(offset); data = bytearray(f.read(64))
    f.seek(offset); f.write(bytes(b ^ 0xFF for b in data))
EOF
sum="$(md5sum <"$DB")"
for cmd in "staff list" "export activities" "staff add AB Anne" "import associations $DATA/associations.csv"; do
  # shellcheck disable=SC2086
  expect_refusal "damaged: $cmd" 5 "is damaged; skranke will not open it" "$BIN" $cmd --db "$DB"
  same_file "damaged: $cmd" "$sum" "$DB"
done
expect_refusal "damaged: names the restore" 5 "skranke restore $DB.backups/auto-$(date +%F).db --db $DB" \
  "$BIN" export associations --db "$DB"
# The desk program does not start on it either (in a real terminal).
SOCK="$WORK/d.sock"
tmux -S "$SOCK" -f /dev/null new-session -d -x 100 -y 30 -e LANG=C.UTF-8 -e TERM=xterm-256color \
  "sh -c '\"$BIN\" --db \"$DB\" --staff KM; echo EXIT:\$?; exec sleep 60'" </dev/null
for _ in $(seq 1 150); do tmux -S "$SOCK" capture-pane -p | grep -q "EXIT:" && break; sleep 0.03; done
refusals=$((refusals + 1))
tmux -S "$SOCK" capture-pane -p -J | tr -d '\n' | grep -q "is damaged; skranke will not open it.*EXIT:5" \
  || problem "damaged: the TUI: $(tmux -S "$SOCK" capture-pane -p)"
tmux -S "$SOCK" kill-server 2>/dev/null
same_file "damaged: the TUI" "$sum" "$DB"
# An index page: search once returned fewer rows in silence.
cp "$DB.backups/auto-$(date +%F).db" "$WORK/index.db"
"$BIN" import associations "$DATA/associations.csv" --db "$WORK/index.db" --no-backup >/dev/null
sqlite3 "$WORK/index.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
page="$(sqlite3 "$WORK/index.db" "SELECT pageno FROM dbstat WHERE name = 'associations_sort' ORDER BY pageno LIMIT 1")"
python3 - "$WORK/index.db" $(( (page - 1) * 4096 )) <<'EOF'
import sys
path, offset = sys.argv[1], int(sys.argv[2])
with open(path, "r+b") as f:
    f.seek(offset); data = bytearray(f.read(64))
    f.seek(offset); f.write(bytes(b ^ 0xFF for b in data))
EOF
expect_refusal "damaged index page" 5 "is damaged" "$BIN" export associations --db "$WORK/index.db"
# Restoring the newest backup brings the desk back.
out="$(echo yes | "$BIN" restore "$DB.backups/auto-$(date +%F).db" --db "$DB" 2>&1)" || problem "restore: $out"
[ "$(integrity "$DB")" = ok ] && "$BIN" staff list --db "$DB" >/dev/null || problem "after restore"
ls "$DB".before-restore-* >/dev/null 2>&1 || problem "the damaged file was not kept"

# ---- locked: another program holds the write lock
kinds=$((kinds + 1))
DB="$WORK/locked.db"
demo_db "$DB"
BEFORE="$(sqlite3 "$DB" .dump)"
hold_lock "$DB" 7
holder=$HOLDER
# Both wait at once (5 seconds each), so they run side by side; their
# answers are read when both are done.
printf 'name\nNy Forening\n' >"$WORK/one.csv"
( "$BIN" staff add AB Anne --db "$DB" --no-backup >"$WORK/l1" 2>&1; echo $? >"$WORK/l1.code" ) &
( "$BIN" import associations "$WORK/one.csv" --db "$DB" --no-backup >"$WORK/l2" 2>&1
  echo $? >"$WORK/l2.code" ) &
wait %2 %3 2>/dev/null
wait $holder
expect_refusal "locked: staff add" 4 \
  "Another program is writing to the database right now (waited 5 seconds). Nothing was saved." \
  sh -c "cat '$WORK/l1'; exit \$(cat '$WORK/l1.code')"
expect_refusal "locked: import" 4 "Nothing was imported." \
  sh -c "cat '$WORK/l2'; exit \$(cat '$WORK/l2.code')"
[ "$(sqlite3 "$DB" .dump)" = "$BEFORE" ] && untouched=$((untouched + 1)) || problem "locked: the database changed"
[ "$(integrity "$DB")" = ok ] || problem "locked: integrity"
# The desk program says it is waiting, keeps what was typed, and saves it
# on the next Ctrl-S once the other program is done.
SOCK="$WORK/l.sock"
tui_start "$SOCK" "\"$BIN\" --db \"$DB\" --staff KM --no-backup"
tui_expect "$SOCK" "My follow-ups" 10 && tmux -S "$SOCK" send-keys F1 && tui_expect "$SOCK" "Search:"
tmux -S "$SOCK" send-keys Down n && tui_expect "$SOCK" "New association"
tmux -S "$SOCK" send-keys -l "Strikkeklubben Masker"
hold_lock "$DB" 7
tmux -S "$SOCK" send-keys C-s
refusals=$((refusals + 1))
tui_expect "$SOCK" "Waiting for another program that is writing to the database" 3
tui_expect "$SOCK" "Another program is writing to the database right now" 8
tui_expect "$SOCK" "Strikkeklubben Masker"
wait "$HOLDER"
tmux -S "$SOCK" send-keys C-s && tui_expect "$SOCK" "Saved: Strikkeklubben Masker"
tmux -S "$SOCK" send-keys C-q && tui_expect "$SOCK" "EXIT:0"
tmux -S "$SOCK" kill-server 2>/dev/null
[ "$(sqlite3 "$DB" "select count(*) from associations where name = 'Strikkeklubben Masker'")" = 1 ] \
  || problem "locked: the TUI's save did not arrive"

# ---- full: a 2 MB tmpfs filled to the last few kilobytes (root only)
full="not run (needs root for a tmpfs)"
if [ "$(id -u)" = 0 ] && mkdir -p "$WORK/full" && mount -t tmpfs -o size=2m tmpfs "$WORK/full" 2>/dev/null; then
  kinds=$((kinds + 1))
  DB="$WORK/full/full.db"
  demo_db "$DB"
  avail="$(df -k --output=avail "$WORK/full" | tail -1)"
  dd if=/dev/zero of="$WORK/full/filler" bs=1k count=$((avail - 36)) 2>/dev/null
  BEFORE="$(sqlite3 "$DB" .dump)"
  {
    echo "association,title"
    for n in $(seq 1 3000); do echo "Hjørring Frivilligcenter,Stor import $n"; done
  } >"$WORK/big.csv"
  expect_refusal "full: staff add" 6 "The disk is full. Nothing was saved." \
    "$BIN" staff add AB Anne --db "$DB" --no-backup
  expect_refusal "full: import" 6 "The disk is full. Nothing was imported." \
    "$BIN" import activities "$WORK/big.csv" --db "$DB" --no-backup
  expect_refusal "full: export" 6 "the disk is full. Nothing was written;" \
    "$BIN" export activities --out "$WORK/full/out.csv" --db "$DB"
  [ ! -e "$WORK/full/out.csv" ] || problem "full: half an export was left"
  [ "$(sqlite3 "$DB" .dump)" = "$BEFORE" ] && untouched=$((untouched + 1)) || problem "full: the database changed"
  [ "$(integrity "$DB")" = ok ] || problem "full: integrity"
  # To the last byte, with no desk open (no shared-memory file): reading
  # still works, and a start that must write says the disk is full (and
  # never points to a log it could not write).
  rm -f "$DB-shm" "$DB-wal" "$DB.log"
  dd if=/dev/zero of="$WORK/full/filler2" bs=1k count=64 2>/dev/null
  expect_refusal "full: staff list reads" 0 "KM     Karen Madsen" "$BIN" staff list --db "$DB"
  expect_refusal "full: an export reads" 0 "Hjørring Frivilligcenter" "$BIN" export associations --db "$DB"
  expect_refusal "full: a start" 6 "The disk is full. Free some space" "$BIN" --db "$DB"
  expect_refusal "full: a write" 6 "move old copies from" "$BIN" staff add AC Anne --db "$DB" --no-backup
  out="$("$BIN" --db "$DB" </dev/null 2>&1)"
  [[ "$out" == *"Details:"* ]] && problem "full: the message points to a log: $out"
  full="run, reading too"
  umount "$WORK/full"
fi

# ---- newer: written by a newer skranke
kinds=$((kinds + 1))
sqlite3 "$WORK/newer.db" "PRAGMA user_version = 99; CREATE TABLE schema_migrations(version);"
sum="$(md5sum <"$WORK/newer.db")"
expect_refusal "newer: open" 1 "was written by a newer skranke (schema version 99" \
  "$BIN" staff add AB Anne --db "$WORK/newer.db"
same_file "newer" "$sum" "$WORK/newer.db"
demo_db "$WORK/current.db"
expect_refusal "newer: restore" 1 "was written by a newer skranke" \
  "$BIN" restore "$WORK/newer.db" --db "$WORK/current.db" --yes

echo "damaged, locked, full, newer: $kinds kinds (full disk: $full), $refusals refusals in plain words, files unchanged after $untouched, $leaks with SQLite text"
[ "$FAILURES" -eq 0 ]
