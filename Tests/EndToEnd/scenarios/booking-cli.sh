#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/booking-cli.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "four processes book the same 200 slots: one booking per slot, no overlap"
BDB="$WORK/book.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$BDB" >/dev/null || fail "import $kind"; done
# 50 days × 4 touching hours (10–11, 11–12, 12–13, 13–14).
SLOTS="$WORK/slots.txt"
for d in $(seq 0 49); do
  day="$(date -d "2027-02-01 +$d days" +%F)"
  for h in 10 11 12 13; do echo "$day $h"; done
done >"$SLOTS"
for p in 1 2 3 4; do
  (
    shuf --random-source=<(yes "$p") "$SLOTS" | while read -r day h; do
      "$BIN" book --db "$BDB" --room "Mødelokale 2" --association "Hjørring Frivilligcenter" \
        --from "$day $h:00" --to "$day $((h + 1)):00" >/dev/null 2>&1
      echo $?
    done >"$WORK/codes.$p"
  ) &
done
wait
codes="$(cat "$WORK"/codes.* | sort | uniq -c | awk '{print $2 "=" $1}' | tr '\n' ' ')"
[ "$codes" = "0=200 3=600 " ] || fail "exit codes: $codes"
[ "$(sqlite3 "$BDB" "select count(*) from bookings where status = 'active'")" = 200 ] || fail "not 200 bookings"
overlaps="$(sqlite3 "$BDB" "select count(*) from bookings a join bookings b on a.room_id = b.room_id and a.id < b.id
  and a.status = 'active' and b.status = 'active' and a.starts_at < b.ends_at and b.starts_at < a.ends_at")"
[ "$overlaps" = 0 ] || fail "$overlaps overlapping pairs"
[ "$(sqlite3 "$BDB" "pragma integrity_check")" = ok ] || fail "integrity_check"
end

begin "skranke book: taken, invalid input and a skipped date have their own exit codes"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "Ældre Sagen Hjørring" --from "2027-02-01 10:30" --to "2027-02-01 11:30" 2>&1)"; code=$?
[ $code -eq 3 ] && [[ "$out" == *"already taken: Mon 01-02-2027 10:00–11:00 Hjørring Frivilligcenter"* ]] || fail "taken: exit $code: $out"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "Ældre Sagen Hjørring" --from "2027-02-01 21:00" --to "2027-02-01 23:00" 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"can only be booked 08:00–22:00"* ]] || fail "hours: exit $code: $out"
"$BIN" book --db "$BDB" --room "mødelokale 2" --association "Ældre Sagen Hjørring" --from "2027-04-05 14:00" --to "2027-04-05 15:00" >/dev/null || fail "one-off"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "Hjørring Frivilligcenter" --from "2027-03-29 14:00" --to "2027-03-29 15:30" --weekly-until 2027-04-12 2>&1)"; code=$?
[ $code -eq 3 ] || fail "series with a collision: exit $code: $out"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "Hjørring Frivilligcenter" --from "2027-03-29 14:00" --to "2027-03-29 15:30" --weekly-until 2027-04-12 --skip-conflicts 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"2 times 14:00–15:30: Mon 29-03-2027, Mon 12-04-2027"* ]] && [[ "$out" == *"Skipped (taken): Mon 05-04-2027 14:00–15:00 Ældre Sagen Hjørring"* ]] || fail "skip: exit $code: $out"
out="$("$BIN" export bookings --db "$BDB" --from 2027-03-29 --to 2027-04-12 2>&1)"; code=$?
[ $code -eq 0 ] && [ "$(printf '%s\n' "$out" | head -1 | tr -d '\r')" = "id,room,association,date,start,end,purpose,attendees,contact,fee,status,series,cancel_note" ] \
  && [[ "$out" == *",Frivilligcentret: Mødelokale 2,Hjørring Frivilligcenter,2027-04-05,14:00,15:30,,,,0,skipped,"* ]] || fail "export bookings: exit $code: $out"
out="$(LANG=da_DK.UTF-8 "$BIN" report bookings --db "$BDB" --from 2027-03-29 --to 2027-04-12 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Hjørring Frivilligcenter"*" 2     3,0"* ]] && [[ "$out" == *"I alt: 0 kr."* ]] || fail "report bookings: exit $code: $out"
# The association as typed (lower case, word beginnings) is printed by its real name.
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "røde kors hj" --from "2027-04-06 10:00" --to "2027-04-06 11:00" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Booked: Frivilligcentret: Mødelokale 2 for Røde Kors Hjørring, 1 time"* ]] || fail "association's real name: exit $code: $out"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "røde kors" --from "2027-04-07 10:00" --to "2027-04-07 11:00" 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"several associations match 'røde kors': Røde Kors Hjørring; Røde Kors Sindal"* ]] || fail "ambiguous association: exit $code: $out"
out="$("$BIN" book --db "$BDB" --room "mødelokale" --association "Ældre Sagen Hjørring" --from "banan" --to "2027-02-01 23:00" 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"give a date and a time"* ]] || fail "bad date: exit $code: $out"
end

begin "export bookings --ics: a real parser reads it and expands it to exactly the bookings"
"$BIN" export bookings --ics --db "$BDB" --out "$WORK/all.ics" || fail "export --ics"
ics_check "$BDB" "$WORK/all.ics"
"$BIN" export bookings --ics --db "$BDB" --association "Ældre Sagen Hjørring" --out "$WORK/one.ics" || fail "--association"
ics_check "$BDB" "$WORK/one.ics" "a.name = 'Ældre Sagen Hjørring'"
grep -q "^EXDATE;TZID=Europe/Copenhagen:20270405T140000" "$WORK/all.ics" || fail "no EXDATE for the skipped date"
"$BIN" export bookings --ics --db "$BDB" --out "$WORK/again.ics"
[ "$(grep ^UID "$WORK/all.ics")" = "$(grep ^UID "$WORK/again.ics")" ] || fail "UIDs changed between exports"
out="$("$BIN" export bookings --ics --db "$BDB" --room "mødelokale" 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"several rooms match"* ]] || fail "ambiguous room: exit $code: $out"
out="$("$BIN" export bookings --ics --db "$BDB" --from 2027-01-01 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"for CSV only"* ]] || fail "--from with --ics: exit $code: $out"
end

finish
