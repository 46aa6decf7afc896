#!/usr/bin/env bash
# kill -9 at random moments during bookings, series, staff writes and an
# import of 3,000 activities. After every round: each write skranke
# acknowledged (exit 0) is in the file, no import is half done, and
# PRAGMA integrity_check says ok.
source "$(dirname "$0")/lib.sh"
ROUNDS=$([ "$LONG" = 1 ] && echo 120 || echo 16)
DB="$WORK/kill.db"
demo_db "$DB"
ACKS="$WORK/acks.txt"
: >"$ACKS"
# A large import: 3,000 activities of one association.
BIG="$WORK/big.csv"
{
  echo "association,title,kind"
  for n in $(seq 1 3000); do echo "Hjørring Frivilligcenter,Stor import $n,tilbud"; done
} >"$BIG"
# How long one whole import takes here, so the kills fall inside it: a run
# whose every import had committed before its kill would never test that an
# interrupted import leaves nothing behind.
COPY="$WORK/timing.db"
cp "$DB" "$COPY"
t0=$(date +%s%N)
"$BIN" import activities "$BIG" --db "$COPY" --no-backup >/dev/null 2>&1 || problem "the timing import failed"
IMPORT_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$IMPORT_MS" -lt 20 ] && IMPORT_MS=20
rm -f "$COPY" "$COPY"-*
rooms=("Mødelokale 1" "Mødelokale 2" "Store sal" "Salen")
acked=0
imports=0
finished=0
half=0
interrupted=0
ok=0
for round in $(seq 1 "$ROUNDS"); do
  # Counted before anything runs (a read right after a kill may meet the
  # next writer's recovery of the log: it waits up to 5 s for it).
  before="$(sqlite3 -cmd ".timeout 5000" "$DB" "select count(*) from activities")"
  # A writer: bookings (one-off and weekly), staff, interests, each line
  # written to the acknowledgement file only after skranke said it was done.
  (
    n=0
    while true; do
      n=$((n + 1))
      day="$(ahead $(( (round * 37 + n) % 600 + 1 )))"
      room="${rooms[$(( (round + n) % 4 ))]}"
      h=$(( 8 + n % 12 ))
      case $((n % 4)) in
        0) "$BIN" staff add "R${round}N$n" "Frivillig $round $n" --db "$DB" >/dev/null 2>&1 \
             && echo "staff R${round}N$n" >>"$ACKS" ;;
        1) "$BIN" interests add "ord$round-$n" --db "$DB" >/dev/null 2>&1 \
             && echo "interest ord$round-$n" >>"$ACKS" ;;
        *) extra=(); [ $((n % 4)) = 3 ] && extra=(--weekly-until "$(date -d "$day +21 days" +%F)" --skip-conflicts)
           "$BIN" book --db "$DB" --room "$room" --association "Røde Kors Hjørring" \
             --from "$day $h:00" --to "$day $h:30" "${extra[@]}" >/dev/null 2>&1 \
             && echo "booking $room|$day $h:00" >>"$ACKS" ;;
      esac
    done
  ) &
  writer=$!
  disown "$writer"
  "$BIN" import activities "$BIG" --db "$DB" >/dev/null 2>&1 &
  importer=$!
  disown "$importer"
  # Most kills fall in the import's own time (a fifth to nine tenths of it);
  # every fourth round waits a little past it, so some imports commit.
  if [ $((round % 4)) = 0 ]; then wait_ms=$(( IMPORT_MS + RANDOM % 200 ))
  else wait_ms=$(( IMPORT_MS * (20 + RANDOM % 71) / 100 )); fi
  sleep "$(printf '%d.%03d' $((wait_ms / 1000)) $((wait_ms % 1000)))"
  # Inside its write transaction: the importer holds SQLite's WAL write
  # lock (byte 120 of the -shm file), as /proc/locks shows. Reading and
  # checking the file comes before it, so a kill then proves nothing.
  inside=0
  shm="$(stat -c %i "$DB-shm" 2>/dev/null)"
  [ -n "$shm" ] && grep -qE "POSIX +ADVISORY +WRITE +$importer [0-9a-f]+:[0-9a-f]+:$shm 120 120\$" /proc/locks && inside=1
  kill -9 "$importer" "$writer" 2>/dev/null
  pkill -9 -f "skranke .*--db $DB" 2>/dev/null
  while kill -0 "$importer" 2>/dev/null || kill -0 "$writer" 2>/dev/null || pgrep -f "skranke .*--db $DB" >/dev/null; do
    sleep 0.02
  done
  imports=$((imports + 1))
  after="$(sqlite3 -cmd ".timeout 5000" "$DB" "select count(*) from activities")"
  [ "$after" = "$((before + 3000))" ] && finished=$((finished + 1))
  [ "$inside" = 1 ] && [ "$after" = "$before" ] && interrupted=$((interrupted + 1))
  if [ "$after" != "$before" ] && [ "$after" != "$((before + 3000))" ]; then
    half=$((half + 1))
    problem "round $round: activities went from $before to $after (half an import)"
  fi
  # Put the activities back, so the next round's import can be half done again.
  sqlite3 "$DB" "DELETE FROM activities WHERE title LIKE 'Stor import %'" 2>/dev/null
  if [ "$(integrity "$DB")" = ok ]; then ok=$((ok + 1)); else problem "round $round: integrity_check failed"; fi
done
# Every acknowledged write is there.
lost=0
while IFS= read -r line; do
  acked=$((acked + 1))
  case "$line" in
    staff\ *) q="select count(*) from staff where initials = '${line#staff }'" ;;
    interest\ *) q="select count(*) from interests where name = '${line#interest }'" ;;
    booking\ *) rest="${line#booking }"; room="${rest%%|*}"; at="${rest#*|}"
      q="select count(*) from bookings b join rooms r on r.id = b.room_id
         where r.name like '%$room' and b.starts_at = '$at' and b.status = 'active'" ;;
  esac
  if [ "$(sqlite3 "$DB" "$q")" = 0 ]; then lost=$((lost + 1)); problem "lost: $line"; fi
done <"$ACKS"
echo "kill -9: $ROUNDS rounds, $acked acknowledged writes, $lost lost, $imports imports killed ($finished had committed, $interrupted killed inside their write transaction and left no row), $half half done, integrity_check ok $ok/$ROUNDS (one import took $IMPORT_MS ms)"
[ "$interrupted" -gt 0 ] || problem "no import was killed inside its write transaction: the half-done check never ran"
[ "$FAILURES" -eq 0 ] && [ "$acked" -gt 0 ]
