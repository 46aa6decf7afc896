#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/events.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

EDB="$WORK/events.db"
for kind in areas associations activities rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$EDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$EDB" >/dev/null
day="$(date -d '+10 days' +%F)"
# Both evenings in one year, so the year's report holds them both.
[ "$(date -d "$day +7 days" +%Y)" = "${day%%-*}" ] || day="$(date -d "$day +14 days" +%F)"
year="${day%%-*}"
people=(Anne Bo Carla Dorte Erik Fatima Gitte Hans Ida Jonas Karin Lars Maja Niels)

begin "a course with 12 seats and 14 sign-ups: 2 wait, one cancels, the first waiting moves up"
id="$("$BIN" event add --db "$EDB" --title "Førstehjælp for frivillige" --kind kursus --room "store sal" \
  --from "$day 17:00" --to "$day 20:00" --weekly-until "$(date -d "$day +7 days" +%F)" --capacity 12 \
  --public --description "To aftener med hjerte-lunge-redning" --staff KM)" || fail "event add"
[ "$id" = 1 ] || fail "the new event's number: $id"
for n in "${!people[@]}"; do
  out="$("$BIN" event signup 1 --db "$EDB" --name "${people[$n]} Holm" --phone "2030$(printf %04d "$n")" \
    --association "Røde Kors Hjørring" 2>&1)" || fail "signup $n: $out"
  want="signed up"; [ "$n" -eq 12 ] && want="waiting list no. 1"; [ "$n" -eq 13 ] && want="waiting list no. 2"
  [ "$out" = "$want" ] || fail "sign-up $((n + 1)) says '$out', not '$want'"
done
out="$("$BIN" event cancel 1 --db "$EDB" --name "carla holm" 2>&1)" || fail "cancel: $out"
[[ "$out" == *"Cancelled: Carla Holm"*"Moved up: Maja Holm"* ]] || fail "cancel says: $out"
out="$("$BIN" event show 1 --db "$EDB")"
[[ "$out" == *"12/12 signed up, 1 waiting"* ]] && [[ "$out" == *"1. Niels Holm"* ]] || fail "show: $out"
# The room is booked for both sessions: F4's rule refuses a booking over it (exit 3).
out="$("$BIN" book --db "$EDB" --room "store sal" --association "Ældre Sagen Hjørring" \
  --from "$day 18:00" --to "$day 19:00" 2>&1)"; code=$?
[ $code -eq 3 ] && [[ "$out" == *"Førstehjælp for frivillige"* ]] || fail "room not taken: exit $code: $out"
end

begin "on the day: I dag shows the course's counts, Enter opens the participants, Space ticks who came"
start desk 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$EDB" --staff KM --today "$day"
expect "Arrangementer i dag (1)" 10
expect "17:00–20:00 Førstehjælp for frivillige · Frivilligcentret: Store sal"
expect "12/12 tilmeldt · 1 venteliste · 0 mødt"
# The event's line is the first that opens something after the booking's.
for _ in 1 2 3 4 5 6; do
  screen | grep -q "^▶  17:00–20:00 Førstehjælp" && break
  keys Down
done
keys Enter && expect "Tilmeldte (12)" && expect "Venteliste (1)" && expect "1. Niels Holm"
keys Space && expect "[x] Anne Holm"
keys Down && keys Space && expect "[x] Bo Holm"
keys Down && keys Space && expect "[x] Dorte Holm" && expect "3 mødt"
keys F6 && expect "12/12 tilmeldt · 1 venteliste · 3 mødt"
keys C-q && expect "EXIT:0"
end

begin "the annual report counts the course; the calendar and the overview show it, never the people"
"$BIN" report --db "$EDB" --year "$year" --csv "$WORK/report" >/dev/null || fail "report"
row="$(grep '^course,' "$WORK/report/events_by_kind.csv" | tr -d '\r')"
[ "$row" = "course,1,2,12,12,3,1" ] || fail "events_by_kind: '$row'"
"$BIN" export events --db "$EDB" --ics --out "$WORK/events.ics" || fail "export events --ics"
sqlite3 "$EDB" "select x.starts_at || '|' || x.ends_at || '|' || e.title from event_sessions x
  join events e on e.id = x.event_id where e.public = 1" >"$WORK/expected.txt"
out="$("$SKRANKE_PYTHON" "$ROOT/Tests/EndToEnd/ics_check.py" "$WORK/events.ics" "$WORK/expected.txt" 2>&1)" \
  || fail "ics_check: $out"
# A real calendar program reads it: calcurse imports both evenings, in Danish time.
mkdir -p "$WORK/calcurse"
TZ=Europe/Copenhagen calcurse -D "$WORK/calcurse" -i "$WORK/events.ics" >/dev/null 2>&1 || fail "calcurse import"
got="$(TZ=Europe/Copenhagen calcurse -D "$WORK/calcurse" -Q --filter-type apt \
  --format-apt='%(start:%Y-%m-%d %H:%M)|%m\n' --from "$(date -d "$day" +%m/%d/%Y)" --days 8 | grep '|')"
want="$day 17:00|Førstehjælp for frivillige
$(date -d "$day +7 days" +%F) 17:00|Førstehjælp for frivillige"
[ "$got" = "$want" ] || fail "calcurse reads: $got"
grep -q "Holm" "$WORK/events.ics" && fail "a participant's name is in the calendar"
"$BIN" overview --db "$EDB" --out "$WORK/site" >/dev/null || fail "overview"
grep -q "Kommende arrangementer" "$WORK/site/index.html" && grep -q "Førstehjælp for frivillige" "$WORK/site/index.html" \
  || fail "the overview has no coming events"
grep -rq "Holm" "$WORK/site" && fail "a participant's name is on the overview"
end

finish
