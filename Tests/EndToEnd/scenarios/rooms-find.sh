#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/rooms-find.sh [PATH/TO/skranke]
# Issue 25.7: times as people say them on the phone, in F4's search and on
# the command line, which ranks the same rooms as F4 for the same words.
source "$(dirname "$0")/../lib.sh"
FDB="$WORK/find.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$FDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$FDB" >/dev/null

begin "skranke rooms find reads the phone's words and names the one it cannot"
for words in "tor 17-12 19-21" "torsdag 17/12 kl. 19-21" "næste torsdag 19-21" "17. december 19-21" \
  "fre 10-12 uge 5" "ons 18-20 fra uge 3 til uge 20" "ons 16-18 uge 5" "tir kl. 19½-21" \
  "thursday 17/12 at 19-21" "wed 18-20 from week 3 to week 20"; do
  out="$(LANG=da_DK.UTF-8 "$BIN" rooms find "$words" --people 12 --db "$FDB" 2>&1)" || fail "$words: $out"
  [[ "$out" == *"1. "* ]] || fail "$words: no room: $out"
done
out="$(LANG=da_DK.UTF-8 "$BIN" rooms find "tor 19-21 hver fjerde" --db "$FDB" 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *'"fjerde" forstås ikke'* ]] || fail "exit $code: $out"
end

begin "F4's search ranks the same rooms for the same words"
first="$(LANG=da_DK.UTF-8 "$BIN" rooms find "torsdag 17/12 kl. 19-21" --people 12 --needs kørestol --db "$FDB" | sed -n 's/^1\. \(.*\) · [0-9]* pladser.*/\1/p')"
[ -n "$first" ] || fail "no first room"
start f4 120 36 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$FDB" --staff KM
expect "Mine opfølgninger" 10 && keys F4 && expect "Uge " && keys f && keys -l "torsdag 17/12 kl. 19-21"
keys Tab && keys -l "12" && keys Tab && keys -l "kørestol" && expect "▶ 1. $first"
keys C-q && expect "EXIT:0"
end

finish
