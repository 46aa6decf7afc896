#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/suspend.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "Ctrl-Z suspends and fg redraws"
start suspend 100 30 LANG=C.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- bash --norc -i
expect "bash-"
keys "$BIN --demo" Enter && expect "My follow-ups" 10 && keys F1 && expect "Search:" && expect "associations"
keys C-z && expect "Stopped"
keys "clear; fg" Enter && expect "Search:" && expect "associations"
keys C-q && expect_restored
end

finish
