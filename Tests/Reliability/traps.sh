#!/usr/bin/env bash
# Issue 24's inputs on the real binary (traps.py): characters Swift calls
# numbers in every time and date, text past a limit in bytes and scalars,
# a long file beside another desk's saves, yearless periods, CSV misreads,
# and the smaller messages. --long runs the probe's full counts.
source "$(dirname "$0")/lib.sh"
python3 "$ROOT/Tests/Reliability/traps.py" "$BIN" "$WORK" "$DATA" "$LONG" && [ "$FAILURES" = 0 ]
status=$?
# TERM=dumb in a real terminal: refused in words, not drawn as a garble.
SOCK="$WORK/dumb.sock"
tui_start "$SOCK" "TERM=dumb $BIN --db $WORK/traps.db"
tui_expect "$SOCK" "cannot move the cursor, so skranke cannot draw in it" \
  && tui_expect "$SOCK" "EXIT:1" || status=1
tmux -S "$SOCK" kill-server 2>/dev/null
exit $status
