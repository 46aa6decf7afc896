# The shared library of the end-to-end scenarios (Tests/EndToEnd/scenarios/):
# the real skranke binary in a real terminal (tmux). Each scenario sources
# this, gets its own folder, database and tmux server socket; screens are
# polled with a deadline (no fixed sleeps) and dumped when an expectation
# fails. A scenario runs alone: bash Tests/EndToEnd/scenarios/NAME.sh [BIN]
set -uo pipefail
BIN="$(realpath "${1:-${SKRANKE_BIN:-.build/debug/skranke}}")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d /tmp/skranke-e2e-XXXXXX)"
unset TMUX
export SKRANKE_DATA_DIR="$ROOT/data"
SKRANKE_PYTHON="${SKRANKE_PYTHON:-$("$ROOT/scripts/python-tools.sh")}"
PASSED=0
FAILED=0
CURRENT=""
SOCK=""

cleanup() {
  for s in "$WORK"/*.sock; do [ -e "$s" ] && tmux -S "$s" kill-server 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# start NAME WIDTH HEIGHT ENV... -- COMMAND: a detached session running COMMAND
# under sh, printing EXIT:<status> when it ends and then staying open.
start() {
  local name="$1" w="$2" h="$3"
  shift 3
  local envs=()
  while [ "$1" != "--" ]; do envs+=(-e "$1"); shift; done
  shift
  SOCK="$WORK/$name.sock"
  tmux -S "$SOCK" -f /dev/null new-session -d -x "$w" -y "$h" "${envs[@]}" \
    "sh -c '$*; echo EXIT:\$?; exec sleep 600'" </dev/null
}

screen() { tmux -S "$SOCK" capture-pane -p "$@"; }
keys() { tmux -S "$SOCK" send-keys "$@"; }
# The pid of skranke itself (the child of the pane's shell).
app_pid() { pgrep -P "$(tmux -S "$SOCK" display -p '#{pane_pid}')" -f skranke | head -1; }

fail() {
  echo "FAIL [$CURRENT]: $*"
  echo "---- screen ----"; screen 2>/dev/null; echo "----------------"
  FAILED=$((FAILED + 1))
  CURRENT=""
}

# expect TEXT [SECONDS]: wait until the screen shows TEXT (fixed string).
expect() {
  [ -z "$CURRENT" ] && return 1
  local deadline=$(( $(date +%s%N) + ${2:-5} * 1000000000 ))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    screen | grep -qF -- "$1" && return 0
    sleep 0.03
  done
  fail "expected to see: $1"
  return 1
}

# expect_not TEXT: wait until the screen no longer shows TEXT.
expect_not() {
  [ -z "$CURRENT" ] && return 1
  local deadline=$(( $(date +%s%N) + 3000000000 ))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    screen | grep -qF -- "$1" || return 0
    sleep 0.03
  done
  fail "did not expect: $1"
  return 1
}

# expect_screen NAME [SECONDS]: wait until the whole screen is exactly
# Tests/EndToEnd/screens/NAME.txt (every line, as tig's tests compare), and
# print the lines that differ if it never is. SKRANKE_RECORD_SCREENS=1
# writes the file instead, once the screen has been still for half a second:
# read `git diff Tests/EndToEnd/screens` before committing it.
expect_screen() {
  [ -z "$CURRENT" ] && return 1
  local golden="$ROOT/Tests/EndToEnd/screens/$1.txt"
  local deadline=$(( $(date +%s%N) + ${2:-5} * 1000000000 ))
  if [ "${SKRANKE_RECORD_SCREENS:-0}" = 1 ]; then
    local last="" now
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
      now="$(screen)"
      [ "$now" = "$last" ] && break
      last="$now"
      sleep 0.5
    done
    printf '%s\n' "$last" >"$golden"
    return 0
  fi
  [ -f "$golden" ] || { fail "no golden screen $1.txt (record with SKRANKE_RECORD_SCREENS=1)"; return 1; }
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    [ "$(screen)" = "$(cat "$golden")" ] && return 0
    sleep 0.05
  done
  echo "---- $1.txt: expected (<) and on screen (>) ----"
  diff <(cat "$golden") <(screen) | head -40
  fail "the screen is not $1.txt"
  return 1
}

begin() { CURRENT="$1"; }
end() {
  if [ -n "$CURRENT" ]; then echo "ok   [$CURRENT]"; PASSED=$((PASSED + 1)); fi
  [ -n "$SOCK" ] && tmux -S "$SOCK" kill-server 2>/dev/null
  SOCK=""
  CURRENT=""
}

# Terminal restored: the alternate screen is off after the program ended.
expect_restored() {
  [ -z "$CURRENT" ] && return 1
  local deadline=$(( $(date +%s%N) + 3000000000 ))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    [ "$(tmux -S "$SOCK" display -p '#{alternate_on}')" = "0" ] && return 0
    sleep 0.03
  done
  fail "terminal still on the alternate screen"
}


# ics_check DB ICS [WHERE]: the real parsers expand the export to exactly
# the active bookings (of the rows WHERE picks).
ics_check() {
  sqlite3 "$1" "select b.starts_at || '|' || b.ends_at || '|' || coalesce(a.name, e.title)
    || case when b.purpose = '' then '' else ': ' || b.purpose end
    from bookings b left join associations a on a.id = b.association_id
      left join events e on e.id = b.event_id join rooms r on r.id = b.room_id
    where b.status = 'active' and (${3:-1})" >"$WORK/expected.txt"
  out="$("$SKRANKE_PYTHON" "$ROOT/Tests/EndToEnd/ics_check.py" "$2" "$WORK/expected.txt" 2>&1)" \
    || fail "ics_check: $out"
}

# finish: the scenario's tally (read by run.sh) and its exit status.
finish() {
  echo "scenario: $PASSED passed, $FAILED failed"
  [ "$FAILED" -eq 0 ]
}
