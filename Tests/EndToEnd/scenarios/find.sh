#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/find.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "Ctrl-F: a name finds the open inquiry and the citizen, each opens; a phone number with spaces finds it"
FDB="$WORK/find.db"
for kind in areas associations activities rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$FDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$FDB" >/dev/null
start find 120 36 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$FDB" --staff KM
expect "Mine opfølgninger" 10
# A walk-in with a phone number stored without spaces, and her citizen profile.
keys C-n && expect "Ny henvendelse" && keys -l "Søger en besøgsven til sin mor"
keys Tab Right Tab Tab && keys -l "Birthe Ørsted" && keys Tab && keys -l "98901234" && keys C-s
expect "Henvendelse #1 er logget"
keys F3 && expect "Ny borger" && keys -l "Birthe Ørsted"
for _ in $(seq 1 15); do keys Tab; done
keys Space C-s && expect "Borgeren er gemt"
# From F4, Ctrl-F: the inquiry and the citizen, each opens in its pane.
keys F4 && expect "Alle lokaler" && keys C-f && expect "Find alt"
keys -l "birthe" && expect "Henvendelser (1)" && expect "Borgere (1)" && expect "▶ #1 Birthe Ørsted"
keys Enter && expect "Henvendelse #1 · Åben · ejer KM" && expect "Esc går tilbage til søgningen"
# Esc brings the search back over F4, the inquiry still marked; then the citizen.
keys Escape && expect "▶ #1 Birthe Ørsted" && expect "Borgere (1)"
keys Down Enter && expect "Borger nr. 1"
keys C-f && keys -l "orsted" && expect "Borgere (1)" && keys Down Enter && expect "Borger nr. 1"
# A phone number typed with spaces finds the one stored without; Esc clears
# the line, a second Esc goes back.
keys F4 && keys C-f && keys -l "98 90 12 34" && expect "▶ #1 Birthe Ørsted"
keys Escape && expect_not "98 90 12 34" && keys Escape && expect_not "Find alt" && expect "Alle lokaler"
keys C-q && expect "EXIT:0"
end

finish
