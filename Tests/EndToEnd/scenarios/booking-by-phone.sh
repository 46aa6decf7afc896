#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/booking-by-phone.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "the README's phone call: a weekly series with a taken date in a handful of keys, and a room for that date"
PDB="$WORK/phone.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$PDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$PDB" >/dev/null
# "uge 2" is the next week 2 (this year's if it has not ended, else next
# year's). Every room that fits 14 people in a wheelchair is taken on one
# Tuesday of the series, so the best room has one taken date.
year="$(date +%Y)"
monday_of_week() { # ISO week $2 of year $1 (4 January is always in week 1)
  local jan4 dow
  jan4="$1-01-04"; dow="$(date -d "$jan4" +%u)"
  date -d "$jan4 -$((dow - 1)) days +$((($2 - 1) * 7)) days" +%F
}
[ "$(date -d "$(monday_of_week "$year" 2) +6 days" +%s)" -lt "$(date -d "$(date +%F)" +%s)" ] && year=$((year + 1))
week=5
for room in "store sal" "mødelokale 1" "kulturhuset salen" "hirtshals" "vrå"; do
  tuesday="$(date -d "$(monday_of_week "$year" $week) +1 day" +%F)"
  "$BIN" book --db "$PDB" --room "$room" --association "Ældre Sagen Hjørring" \
    --from "$tuesday 19:00" --to "$tuesday 21:00" >/dev/null || fail "the booking in the way in $room"
  [ "$room" = "mødelokale 1" ] && taken="$tuesday"
  week=$((week + 1))
done
start phone 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$PDB" --staff KM
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:"
# Counted: every key pressed except the letters of what the caller said.
COUNT=0
press() { keys "$@"; COUNT=$((COUNT + $#)); }
press F4 && expect "Alle lokaler" && press f && expect "Find et ledigt lokale"
keys -l "tir 19-21 uge 2-24" && press Tab && keys -l "14" && press Tab && keys -l "kørestol"
expect "✓ trinfri adgang" && expect "▶ 1. Frivilligcentret: Mødelokale 1"
press C-s && expect "Book Frivilligcentret: Mødelokale 1" && expect "Optaget 1 dato, springes over"
keys -l "røde kors" && expect "  Røde Kors Hjørring" && expect "  Røde Kors Sindal" && expect_not "› Røde"
keys -l " hj" && expect "→ Røde Kors Hjørring"
press C-s && expect "Booket: Frivilligcentret: Mødelokale 1, 22 gange 19:00–21:00"
expect "Andet lokale til sprungne datoer?" && expect "→ Frivilligcentret: Store sal"
press Enter && expect "Booket: Frivilligcentret: Store sal"
echo "     the README's weekly series with a taken date took $COUNT keys besides the typed words"
[ -n "$CURRENT" ] && [ "$COUNT" -gt 8 ] && fail "booking the series took $COUNT keys"
expect_not "Andet lokale til sprungne datoer?"
keys q && expect "EXIT:0"
rows="$(sqlite3 "$PDB" "select r.name || '=' || count(*) from bookings b join rooms r on r.id = b.room_id join associations a on a.id = b.association_id
  where a.name = 'Røde Kors Hjørring' and b.status = 'active' group by r.name order by r.name" | tr '\n' ' ')"
[ "$rows" = "Frivilligcentret: Mødelokale 1=22 Frivilligcentret: Store sal=1 " ] || fail "bookings: $rows"
[ "$(sqlite3 "$PDB" "select substr(b.starts_at, 1, 10) from bookings b join rooms r on r.id = b.room_id where r.name = 'Frivilligcentret: Store sal' and b.association_id = (select id from associations where name = 'Røde Kors Hjørring')")" = "$taken" ] \
  || fail "the other room is not booked on the skipped date $taken"
end

finish
