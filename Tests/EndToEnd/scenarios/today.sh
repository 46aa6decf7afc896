#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/today.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "a desk starts on I dag: an overdue follow-up, a handover, an F3 referral due, today's booking with its room note"
TDB="$WORK/today.db"
for kind in areas associations activities rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$TDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$TDB" >/dev/null && "$BIN" staff add LS "Lars Søgaard" --db "$TDB" >/dev/null
today="$(date +%F)"; past="$(date -d '-3 days' +%F)"; soon="$(date -d '+1 day' +%F)"
# Two inquiries as another desk would have logged them: KM's is overdue;
# LS's goes to KM when LS leaves (a real handover, on the timeline).
sqlite3 "$TDB" "
  INSERT INTO inquiries(received_at, channel, asker_kind, asker_name, category_id, text, owner_id,
    received_by, status, follow_up)
  SELECT '$past 09:00', 'phone', 'citizen', 'Jens Hansen', 1, 'Vil være besøgsven', s.id, s.id, 'open', '$past'
  FROM staff s WHERE s.initials = 'KM';
  INSERT INTO inquiries(received_at, channel, asker_kind, asker_name, category_id, text, owner_id,
    received_by, status, follow_up)
  SELECT '$past 10:00', 'walk_in', 'citizen', 'Birthe Ørsted', 2, 'Søger fællesskab', s.id, s.id, 'open', '$soon'
  FROM staff s WHERE s.initials = 'LS';" || fail "the inquiries"
"$BIN" staff deactivate LS --to km --reason "Lars stopper" --db "$TDB" >/dev/null || fail "the handover"
# A referral made in F3 without an inquiry, to be followed up today.
sqlite3 "$TDB" "
  INSERT INTO citizens(name, name_fold, seeking, consent_on, created_at, updated_at)
  VALUES ('Grethe Nielsen', 'grethe nielsen', 'volunteer', '$past', '$past 11:00', '$past 11:00');
  INSERT INTO referrals(citizen_id, activity_id, inquiry_id, referred_on, staff_id, status, follow_up, updated_at)
  SELECT c.id, (SELECT min(id) FROM activities), NULL, '$past', s.id, 'suggested', '$today', '$past 11:00'
  FROM citizens c, staff s WHERE s.initials = 'KM';" || fail "the referral"
"$BIN" book --db "$TDB" --room "store sal" --association "Røde Kors Hjørring" --attendees 14 \
  --from "$today 08:00" --to "$today 09:00" --past >/dev/null || fail "today's booking"
start today 120 36 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$TDB" --staff KM
expect "Mine opfølgninger denne uge (2)" 10 && expect "uge $(date +%V | sed 's/^0//')" && expect "Karen Madsen (KM)"
expect "! forfalden 3 d.  #1 Jens Hansen: Vil være besøgsven"
expect "#2 Birthe Ørsted: Søger fællesskab  ↪ overdraget fra LS"
expect "Grethe Nielsen → " && expect "foreslået" && expect "fra F3"
expect "08:00–09:00 Frivilligcentret: Store sal · Røde Kors Hjørring" && expect "Jens Thomsen 98 21 80 64 · 14 pers."
expect "Nøglen hentes i receptionen"
# p writes the day sheet the test reads; the printer says clearly when there is none.
keys p && expect "Dagsseddel ·"
keys Tab C-u && keys -l "$WORK/dag.txt" && keys C-s && expect "Dagssedlen er skrevet: $WORK/dag.txt"
grep -qF "Frivilligcentret: Store sal" "$WORK/dag.txt" && grep -qF "  Nøglen hentes i receptionen inden kl. 15." "$WORK/dag.txt" \
  && grep -qF "  08:00–09:00 · Røde Kors Hjørring · 14 pers. · kontakt:" "$WORK/dag.txt" || fail "the day sheet: $(cat "$WORK/dag.txt")"
keys p && expect "Dagsseddel ·" && keys Right C-s && expect "Skriv til en fil i stedet" && keys Escape && expect "Kassér ændringerne" && keys j j
# Enter opens the line in its pane; F6 comes back.
keys Down && keys Enter && expect "Henvendelse #2 · Åben · ejer KM" && keys F6
# The cursor is where it was: one down is the referral, then the booking.
expect "Mine opfølgninger" && keys Down && keys Enter && expect "Grethe Nielsen" && expect "Borger nr. 1"
keys F6 && expect "Mine opfølgninger" && keys Down && keys Enter && expect "Uge $(date +%V | sed 's/^0//') ·" && expect "14 pers."
# F2's search filters the view you are in: Alle åbne, then Esc clears it.
keys F2 && keys Escape && expect "Mine (2" && sleep 0.3 && keys Right && expect "[Alle åbne (2) efter ejer]"
keys / && keys -l "orsted" && expect "#2 Birthe Ørsted" && expect_not "#1 Jens Hansen"
keys C-u && keys -l "xyz" && expect "Ingen henvendelser i denne visning passer på søgningen"
keys Escape && expect "#1 Jens Hansen" && expect_not "Søg: xyz"
keys C-q && expect "EXIT:0"
# Opened once: the handover is not new the next time.
start today2 120 36 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$TDB" --staff KM
expect "#2 Birthe Ørsted" 10 && expect_not "overdraget fra LS"
keys C-q && expect "EXIT:0"
# A centre that prefers F1 says so once.
"$BIN" settings start associations --db "$TDB" >/dev/null || fail "settings start"
start today3 120 36 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$TDB" --staff KM
expect "Søg:" 10 && expect_not "Mine opfølgninger"
keys C-q && expect "EXIT:0"
end

finish
