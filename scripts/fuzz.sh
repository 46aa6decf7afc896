#!/usr/bin/env bash
# Fuzzes skranke's parsers with libFuzzer (the Swift toolchain's
# -sanitize=fuzzer). One binary holds every target: Core's sources and
# Tests/Fuzz/*.swift compiled as one module, kept in .build-fuzz/.
#
#   scripts/fuzz.sh --list                     the targets
#   scripts/fuzz.sh TARGET [--runs N]          one target (default: until stopped)
#   scripts/fuzz.sh --all [--runs N]           each target in turn
#   scripts/fuzz.sh --all --seconds S          each target for S seconds (CI)
#
# Each target starts from its committed seed corpus, Tests/Fuzz/corpus/TARGET,
# and adds what it finds to .build-fuzz/corpus/TARGET (not committed). A
# crash or a broken property stops the target and leaves the input as
# .build-fuzz/TARGET-crash-*; the script then exits 1. Per target it prints
# one line: inputs run, executions per second, crashes.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=.build-fuzz
BIN=$OUT/skranke-fuzz
runs=-1
seconds=0
targets=()
all=0
while [ $# -gt 0 ]; do
  case "$1" in
    --list) list=1 ;;
    --all) all=1 ;;
    --runs) runs="$2"; shift ;;
    --seconds) seconds="$2"; shift ;;
    -h|--help) sed -n 2,16p "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1") ;;
  esac
  shift
done

known=$(sed -n 's/^  "\([a-z0-9-]*\)": .*/\1/p' Tests/Fuzz/FuzzMain.swift)
if [ "${list:-0}" = 1 ]; then echo "$known"; exit 0; fi
if [ "$all" = 1 ]; then mapfile -t targets <<<"$known"; fi
if [ ${#targets[@]} -eq 0 ]; then sed -n 2,16p "$0"; exit 2; fi
for t in "${targets[@]}"; do
  grep -qx -- "$t" <<<"$known" || { echo "fuzz.sh: no target '$t' (--list)" >&2; exit 2; }
done

# Rebuild when a source is newer than the binary.
mkdir -p "$OUT"
sources=$(find Sources/Core Tests/Fuzz -name '*.swift' | sort)
if [ ! -x "$BIN" ] || [ -n "$(find Sources/Core Tests/Fuzz -name '*.swift' -newer "$BIN" | head -1)" ]; then
  echo "== building $BIN (Core + Tests/Fuzz, -sanitize=fuzzer)"
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer -parse-as-library -O -swift-version 6 -module-name Core \
    -suppress-warnings -I Sources/CSQLite $sources -o "$BIN.new" || exit 1
  mv "$BIN.new" "$BIN"
fi

failed=0
export SWIFT_BACKTRACE=enable=no
for t in "${targets[@]}"; do
  seeds=Tests/Fuzz/corpus/$t
  work=$OUT/corpus/$t
  mkdir -p "$work" "$seeds"
  args=(-artifact_prefix="$OUT/$t-" -print_final_stats=1 -max_len=65536 -timeout=10
        -rss_limit_mb=4096 -close_fd_mask=1)
  [ "$runs" != -1 ] && args+=(-runs="$runs")
  [ "$seconds" != 0 ] && args+=(-max_total_time="$seconds")
  log=$OUT/$t.log
  SKRANKE_FUZZ_TARGET=$t "$BIN" "${args[@]}" "$work" "$seeds" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  crashes=$(ls "$OUT/$t"-crash-* "$OUT/$t"-timeout-* "$OUT/$t"-oom-* 2>/dev/null | wc -l)
  if [ $rc -ne 0 ]; then
    failed=1
    echo "fuzz $t: FAILED after ${execs:-?} inputs (${speed:-?}/s); the input: $(ls -t "$OUT/$t"-crash-* "$OUT/$t"-timeout-* "$OUT/$t"-oom-* 2>/dev/null | head -1)"
    grep -E "PROPERTY BROKEN|Fatal error|deadly signal|ERROR: libFuzzer" "$log" | head -3 | sed 's/^/  /'
  else
    echo "fuzz $t: ${execs:-?} inputs, ${speed:-?}/s, 0 crashes, 0 hangs"
  fi
done
exit $failed
