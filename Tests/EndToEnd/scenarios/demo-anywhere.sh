#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/demo-anywhere.sh [PATH/TO/skranke]
# Issue 25.12: --demo from an installed binary (no data/ beside it) opens
# on the demo data inside it, and leaves no folder behind unless --keep.
source "$(dirname "$0")/../lib.sh"
mkdir -p "$WORK/bin" "$WORK/tmp" "$WORK/elsewhere"
cp "$BIN" "$WORK/bin/skranke"

begin "an installed skranke's --demo opens on its own data and removes its folder on quit"
start demo 100 30 LANG=C.UTF-8 TERM=xterm-256color SKRANKE_STAFF=KM "TMPDIR=$WORK/tmp" SKRANKE_DATA_DIR= -- \
  "cd $WORK/elsewhere && $WORK/bin/skranke --demo"
expect "My follow-ups this week" 10 && expect "#2 Birthe Nielsen"
[ "$(ls "$WORK/tmp" | wc -l)" = 1 ] || fail "no demo folder while it runs"
keys C-q && expect "EXIT:0"
[ -z "$(ls -A "$WORK/tmp")" ] || fail "left behind: $(ls -R "$WORK/tmp")"
end

begin "… and keeps it with --keep, saying where"
start keep 100 30 LANG=C.UTF-8 TERM=xterm-256color SKRANKE_STAFF=KM "TMPDIR=$WORK/tmp" SKRANKE_DATA_DIR= -- \
  "cd $WORK/elsewhere && $WORK/bin/skranke --demo --keep"
expect "My follow-ups this week" 10 && keys C-q && expect "The demo database is in $WORK/tmp/skranke-demo-"
[ -f "$(ls "$WORK"/tmp/skranke-demo-*/skranke.db)" ] || fail "--keep did not keep it"
end

finish
