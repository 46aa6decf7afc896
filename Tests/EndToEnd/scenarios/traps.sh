#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/traps.sh [PATH/TO/skranke]
# Issue 24: what trapped the desk and what it left behind.
source "$(dirname "$0")/../lib.sh"
TDB="$WORK/traps.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$TDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$TDB" >/dev/null

begin "F4: half past written the Danish way (tir 1½-21) is said, the desk goes on"
start half 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$TDB" --staff KM
expect "Mine opfølgninger" 10 && keys F4 && expect "Lokaler" && keys f && keys -l "tir 1½-21"
expect "tir 1½-21" && keys C-u && keys -l "tir ١٢-21 ⅫⅫ 𝟙" && expect "ⅫⅫ"
keys C-u && keys -l "tir 19-21" && expect "passer" && keys C-q && expect "EXIT:0" && expect_restored
end

begin "a fault gives the terminal back before skranke dies, and says so"
start fault 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$TDB" --staff KM
expect "My follow-ups" 10
pid="$(app_pid)"
[ -n "$pid" ] && kill -s ILL "$pid"
expect "skranke stopped unexpectedly; the terminal was restored" && expect "EXIT:132" && expect_restored
end

begin "TERM=dumb is refused in words, not drawn as a garble"
start dumb 100 30 LANG=C.UTF-8 -- env TERM=dumb "$BIN" --db "$TDB" --staff KM
expect "cannot move the cursor, so skranke cannot draw in it" && expect "EXIT:1"
end

begin "a citizen erased at another desk leaves this desk's F3 at once"
"$BIN" import activities "$ROOT/data/activities.csv" --db "$TDB" >/dev/null
start erased 110 34 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$TDB" --staff KM
expect "Mine opfølgninger" 10 && keys F3 && expect "Ny borger" && keys -l "Birthe Lund"
for _ in $(seq 15); do keys Tab; done
keys Space C-s && expect "Borgeren er gemt (nr. 1)"
out="$("$BIN" citizen erase 1 --yes --db "$TDB" 2>&1)" || fail "erase: $out"
expect "slettet ved en anden skranke" && expect_not "Birthe Lund"
keys C-q && expect "EXIT:0"
end

finish
