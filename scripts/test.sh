#!/usr/bin/env bash
# Runs every test: style lint, the unit and render tests (swift test), and the
# reliability suite and the end-to-end tests of the real binary in tmux. Exit
# status is non-zero if any fails.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== swift format lint"
swift format lint --strict --recursive Package.swift Sources Tests

echo "== structure (scripts/structure.sh: the architecture's rules on the sources)"
bash scripts/structure.sh

echo "== swift build"
swift build

echo "== swift test (unit and render tests)"
swift test 2>&1 | tee .build/swift-test.log | grep -vE '^(◇|↳|Test Suite|\s+Executed)' || {
  echo "swift test failed"; exit 1; }
grep -qE 'Test run with [0-9]+ tests? .*passed' .build/swift-test.log

echo "== swift build -c release (the static binary a desk runs)"
swift build -c release

# The binary that ships is the one the real-terminal tests drive.
echo "== reliability suite (kill -9, bad input, injection, damaged/locked/full files, traps, restore)"
bash Tests/Reliability/run.sh .build/release/skranke

# Every parser a person or a file feeds, briefly (scripts/fuzz.sh runs
# longer; the seed corpus is committed in Tests/Fuzz/corpus).
echo "== fuzzing (libFuzzer, each target for ${SKRANKE_FUZZ_SECONDS:-3} s)"
scripts/fuzz.sh --all --seconds "${SKRANKE_FUZZ_SECONDS:-3}"

echo "== end-to-end tests in tmux"
# The calendar export is read back with real parsers from PyPI.
SKRANKE_PYTHON="$(./scripts/python-tools.sh)" bash Tests/EndToEnd/run.sh .build/release/skranke
