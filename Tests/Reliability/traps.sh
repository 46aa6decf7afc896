#!/usr/bin/env bash
# Issue 24's inputs on the real binary (traps.py): characters Swift calls
# numbers in every time and date, text past a limit in bytes and scalars,
# a long file beside another desk's saves, yearless periods, CSV misreads,
# and the smaller messages. --long runs the probe's full counts.
source "$(dirname "$0")/lib.sh"
python3 "$ROOT/Tests/Reliability/traps.py" "$BIN" "$WORK" "$DATA" "$LONG"
