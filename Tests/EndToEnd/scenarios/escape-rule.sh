#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/escape-rule.sh [PATH/TO/skranke]
# Issue 25: after any Esc, what is typed is text. Twelve sequences of
# typing, Esc, ↓ and Enter across the panes, each followed by words: no
# form or question opens and no stored name changes.
source "$(dirname "$0")/../lib.sh"
mkdir -p "$WORK/tmp"

# Esc on its own (a person's pause): Esc and a letter in one burst is Alt.
esc() { keys Escape; sleep 0.3; }
words() { keys -l "ensom"; }
# Nothing opened over the pane: no form (its bar offers ^S Gem) and no question.
nothing_opened() { expect_not "^S Gem" && expect_not "j = ja" && expect_not "Ret forening"; }
stored() {
  sqlite3 "$DB" "select group_concat(name, '|') from associations;
    select count(*), group_concat(asker_name, '|') from inquiries;
    select count(*) from inquiry_events; select count(*) from bookings; select total(active) from associations"
}

begin "after any Esc what is typed is text, in every pane"
start esc 110 32 LANG=da_DK.UTF-8 TERM=xterm-256color SKRANKE_STAFF=KM "TMPDIR=$WORK/tmp" -- "$BIN" --demo
expect "Mine opfølgninger" 10
DB="$(ls "$WORK"/tmp/skranke-demo-*/skranke.db)"
before="$(stored)"

# 1-5: F1's search line, its list, an association's file and a cancelled form.
keys F1 && expect "Søg:" && keys -l "lektie" && expect "Søg: lektie" && esc && words
expect "Søg: ensom" && nothing_opened
keys C-u && keys -l "lektie" && keys Down && esc && words && expect "Søg: ensom" && nothing_opened
keys C-u && keys -l "lektie" && keys Down Enter && expect "Aktiviteter" && esc && words
expect "Søg: ensom" && nothing_opened
keys C-u && keys Down Down Enter && expect "Aktiviteter" && esc && esc && words
expect "Søg: ensom" && nothing_opened
keys C-u && keys Down e && expect "Ret forening" && esc && words
expect "Søg: ensom" && nothing_opened

# 6-7: F2: back from an inquiry, and its own search line.
keys F2 && expect "Mine (" && keys Enter && expect "Henvendelse #" && esc && words
expect "Søg: ensom" && nothing_opened
keys C-u && keys -l "hans" && expect "Søg: hans" && esc && words && expect "Søg: ensom" && nothing_opened
keys C-u Down

# 8-9: F4: the room search keeps the keyboard; from the week, letters are refused.
keys F4 && expect "Uge " && keys f && keys -l "tor 19-21" && expect "tor 19-21" && esc && words
expect "ensom" && expect_not "tor 19-21" && nothing_opened
keys C-u && keys Up && expect_not "Find et ledigt lokale" && esc && words
expect "efter Esc er bogstaver ikke kommandoer" && nothing_opened

# 10: I dag: Enter opens the line in F2, Esc comes back to a search line.
keys F6 && expect "Mine opfølgninger" && keys Enter && expect "Henvendelse #" && esc && words
expect "Søg: ensom" && nothing_opened
keys C-u Down

# 11-12: Find clears its line on the first Esc and closes on the second.
keys F1 && keys C-f && expect "Find alt" && keys -l "lek" && expect "lek" && esc && words
expect "ensom" && nothing_opened
keys C-u && keys -l "lek" && esc && esc && expect_not "Find alt" && words && nothing_opened
expect "Søg: ensom"

[ "$(stored)" = "$before" ] || fail "something stored changed: $(diff <(echo "$before") <(stored))"
keys C-q && expect "EXIT:0"
end

finish
