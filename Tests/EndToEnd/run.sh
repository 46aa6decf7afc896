#!/usr/bin/env bash
# End-to-end tests: every scenario in Tests/EndToEnd/scenarios/ against the
# real binary in tmux, two at a time (the machines have 2 cores). Each
# scenario has its own folder and database, so none depends on another's
# order. Output is printed per scenario, in name order.
# Usage: Tests/EndToEnd/run.sh PATH/TO/skranke [SCENARIO...]
#   e.g. Tests/EndToEnd/run.sh .build/debug/skranke rooms-f4 search
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BIN="$(realpath "${1:-.build/debug/skranke}")"
shift || true
export SKRANKE_BIN="$BIN"
export SKRANKE_PYTHON="${SKRANKE_PYTHON:-$("$ROOT/scripts/python-tools.sh")}"
OUT="$(mktemp -d /tmp/skranke-e2e-run-XXXXXX)"
trap 'rm -rf "$OUT"' EXIT

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in "$ROOT"/Tests/EndToEnd/scenarios/*.sh; do names+=("$(basename "$f" .sh)"); done
fi
for name in "${names[@]}"; do
  [ -f "$ROOT/Tests/EndToEnd/scenarios/$name.sh" ] || { echo "no scenario named $name"; exit 2; }
done

printf '%s\n' "${names[@]}" | xargs -P 2 -I{} sh -c \
  'bash "$1/Tests/EndToEnd/scenarios/$2.sh" "$3" >"$4/$2.log" 2>&1; echo $? >"$4/$2.rc"' \
  sh "$ROOT" {} "$BIN" "$OUT"

passed=0
failed=0
broken=()
for name in "${names[@]}"; do
  echo "== $name"
  grep -v '^scenario: ' "$OUT/$name.log"
  tally="$(grep '^scenario: ' "$OUT/$name.log" | tail -1)"
  p="$(echo "$tally" | sed -n 's/^scenario: \([0-9]*\) passed.*/\1/p')"
  f="$(echo "$tally" | sed -n 's/.* \([0-9]*\) failed$/\1/p')"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  # A scenario that died before its tally (or exited non-zero) counts as failed.
  if [ -z "$tally" ] || [ "$(cat "$OUT/$name.rc")" != 0 ]; then broken+=("$name"); fi
done
# Every golden screen is still compared by some scenario: one whose
# scenario is gone would otherwise pass forever.
for golden in "$ROOT"/Tests/EndToEnd/screens/*.txt; do
  [ -e "$golden" ] || continue
  name="$(basename "$golden" .txt)"
  if ! grep -qE "expect_screen $name( |\$)" "$ROOT"/Tests/EndToEnd/scenarios/*.sh; then
    echo "golden screen with no scenario: Tests/EndToEnd/screens/$name.txt"
    broken+=("screens/$name")
  fi
done
echo "end-to-end: $passed passed, $failed failed (${#names[@]} scenarios, two at a time)"
if [ ${#broken[@]} -gt 0 ]; then
  echo "failed scenarios: ${broken[*]}"
  exit 1
fi
