#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/signals.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

for sig in TERM INT HUP; do
  begin "SIG$sig restores the terminal"
  start "sig$sig" 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/sig.db"
  expect "My follow-ups" 10
  pid="$(app_pid)"
  [ -n "$pid" ] && kill -s "$sig" "$pid"
  case $sig in TERM) code=143 ;; INT) code=130 ;; HUP) code=129 ;; esac
  expect "EXIT:$code" && expect_restored
  end
done

finish
