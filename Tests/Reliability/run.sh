#!/usr/bin/env bash
# The reliability suite: bad luck and bad input, on the real binary and
# real files. Each part prints one figure line; the README quotes them.
# Usage: Tests/Reliability/run.sh [PATH/TO/skranke] [--long]
#   --long  more kill -9 rounds (120 instead of 16): minutes, not seconds.
set -uo pipefail
cd "$(dirname "$0")/../.."
export BIN=.build/debug/skranke
for arg in "$@"; do
  if [ "$arg" = "--long" ]; then export SKRANKE_RELIABILITY_LONG=1; else BIN="$arg"; fi
done
failed=0
for part in kill9 bad_input injection files traps restore; do
  bash "Tests/Reliability/$part.sh" || { echo "reliability: $part FAILED"; failed=1; }
done
exit $failed
