#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/no-color.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "NO_COLOR draws without colour"
start nocolor 100 30 LANG=C.UTF-8 TERM=xterm-256color NO_COLOR=1 SKRANKE_STAFF=AH -- "$BIN" --demo
expect "My follow-ups" 10 && keys F1 && expect "Search:"
if [ -n "$CURRENT" ] && screen -e | grep -qE $'\033\\[[0-9;]*(3[0-7]|4[0-7]|38;5;)[0-9;]*m'; then
  fail "colour escape codes with NO_COLOR set"
fi
end

finish
