#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/no-terminal.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "no terminal and unknown TERM give a clear message and exit 1"
out="$(TERM=no-such-term "$BIN" --db "$WORK/cli.db" </dev/null 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *terminal* ]] || fail "no terminal: exit $code: $out"
end

finish
