#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/rooms-f4.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "F4: find a room for a weekly series with one taken date, book it skipping that date, cancel one"
RDB="$WORK/rooms.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$RDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$RDB" >/dev/null
# "tir" is the next Tuesday after today, as skranke reads it; the third one is taken.
first="$(date -d "next tuesday" +%F)"
taken="$(date -d "$first +14 days" +%F)"
"$BIN" book --db "$RDB" --room "mødelokale 1" --association "Ældre Sagen Hjørring" \
  --from "$taken 19:30" --to "$taken 20:30" >/dev/null || fail "the booking in the way"
start rooms 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$RDB" --staff KM
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:" && keys F4 && expect "Alle lokaler"
keys f && expect "Find et ledigt lokale"
keys -l "tir 19-21 10 gange" && keys Tab && keys -l "14" && keys Tab && keys -l "toilet trinfri"
expect "passer, 10 datoer" && expect "- optaget 1 af 10:" && expect "19:30–20:30 Ældre Sagen Hjørring"
keys C-r
for _ in 1 2 3 4 5 6 7 8; do
  screen | grep -qF "▶ " && screen | grep -F "▶ " | grep -qF "Mødelokale 1" && break
  keys Down; sleep 0.05
done
expect "Frivilligcentret: Mødelokale 1" && keys Enter && expect "Book Frivilligcentret: Mødelokale 1"
expect "Optaget 1 dato, springes over"
keys -l "røde kors hj" && expect "→ Røde Kors Hjørring" && keys C-s
expect "Booket: Frivilligcentret: Mødelokale 1, 9 gange 19:00–21:00" && expect "Sprunget over: tir"
expect "Andet lokale til sprungne datoer?" && keys Escape && expect_not "Andet lokale til sprungne"
keys Down Up  # after an Esc, a move before a letter command
expect "·  Frivilligcentret: Mødelokale 1"
expect "Røde Kors" && expect "▶ 19:00–21:00 Røde Kors Hjørring · 14 pers. · fast booking"
keys x && expect "Annullér booking" && expect "‹ kun denne dato ›"
keys Tab && keys -l "Aflyst: juleferie" && keys C-s && expect "Annulleret: " && expect "Ledigt. Enter eller n: book her"
# The association's confirmation of the series: booked, skipped and cancelled dates, fee, notes.
keys PgDn && expect "Røde Kors Hjørring · 14 pers." && keys p && expect "Bekræftelse til Røde Kors Hjørring"
keys Tab C-u && keys -l "$WORK/confirmation.txt" && keys C-s && expect "Bekræftelsen er skrevet: $WORK/confirmation.txt"
grep -qF "Lokale: Frivilligcentret: Mødelokale 1" "$WORK/confirmation.txt" && grep -qF "Booket 8 datoer:" "$WORK/confirmation.txt" \
  && grep -qF "Ikke booket (optaget af andre):" "$WORK/confirmation.txt" && grep -qF "(Aflyst: juleferie)" "$WORK/confirmation.txt" \
  && grep -qF "Rengøring: gratis" "$WORK/confirmation.txt" || fail "the confirmation: $(cat "$WORK/confirmation.txt")"
keys PgUp
# Another desk books the Wednesday of the shown week; the view shows it by itself.
wednesday="$(date -d "$first +1 day" +%F)"
"$BIN" book --db "$RDB" --room "mødelokale 1" --association "Ældre Sagen Hjørring" \
  --from "$wednesday 10:00" --to "$wednesday 12:00" >/dev/null || fail "the other desk"
expect "Ældre Sag" 3
keys q && expect "EXIT:0" && expect_restored
counts="$(sqlite3 "$RDB" "select status || '=' || count(*) from bookings b join associations a on a.id = b.association_id
  where a.name = 'Røde Kors Hjørring' group by status order by status" | tr '\n' ' ')"
[ "$counts" = "active=8 cancelled=1 skipped=1 " ] || fail "bookings by status: $counts"
[ "$(sqlite3 "$RDB" "select b.cancel_note || '/' || s.initials from bookings b join staff s on s.id = b.cancelled_by")" = "Aflyst: juleferie/KM" ] \
  || fail "the cancellation's note and who"
"$BIN" export bookings --ics --db "$RDB" --room "mødelokale 1" --out "$WORK/room.ics" || fail "export --ics"
ics_check "$RDB" "$WORK/room.ics" "r.name = 'Frivilligcentret: Mødelokale 1'"
[ "$(grep -c '^EXDATE' "$WORK/room.ics")" = 1 ] && grep -q '^EXDATE.*,' "$WORK/room.ics" || fail "skipped and cancelled dates not one EXDATE list"
end

finish
