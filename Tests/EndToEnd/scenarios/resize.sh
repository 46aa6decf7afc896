#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/resize.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "English UI, resize to wide, too small, and back"
start resize 100 30 LANG=C.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- "$BIN" --demo
expect "My follow-ups" 10 && keys F1 && expect "Search:" && expect "Target groups"
tmux -S "$SOCK" resize-window -x 140 -y 40
keys Down && expect "Activities (" && expect "│"
tmux -S "$SOCK" resize-window -x 60 -y 20
expect "The window is too small" && expect "60×20"
tmux -S "$SOCK" resize-window -x 90 -y 26
expect "Target groups" && expect_not "too small"
keys C-q && expect "EXIT:0" && expect_restored
end

finish
