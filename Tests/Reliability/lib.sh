# Shared by the reliability scripts: the binary, a work folder, and checks.
# Each script prints one figure line ("name: …") and exits non-zero on a
# failure, after saying what failed.
set -uo pipefail
BIN="$(realpath "${BIN:-.build/debug/skranke}")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DATA="$ROOT/data"
LONG="${SKRANKE_RELIABILITY_LONG:-0}"
WORK="$(mktemp -d /tmp/skranke-reliability-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export LANG=C.UTF-8 LC_ALL= LC_MESSAGES= TZ="${TZ:-Europe/Copenhagen}"
unset SKRANKE_DB SKRANKE_STAFF TMUX
FAILURES=0

problem() {
  echo "  FAIL: $*" >&2
  FAILURES=$((FAILURES + 1))
}

# demo_db PATH: a database with the demo areas, associations, activities and rooms.
demo_db() {
  for kind in areas associations activities rooms funds rounds; do
    "$BIN" import "$kind" "$DATA/$kind.csv" --db "$1" --no-backup >/dev/null || problem "demo import $kind"
  done
  "$BIN" staff add KM "Karen Madsen" --db "$1" --no-backup >/dev/null
}

integrity() { sqlite3 "$1" "PRAGMA integrity_check" 2>&1; }

# A day well ahead, so bookings are never in the past: YYYY-MM-DD.
ahead() { date -d "+$1 days" +%F; }

# A detached tmux session per use, read with capture-pane and a deadline.
tui_start() {  # tui_start SOCKET COMMAND
  tmux -S "$1" -f /dev/null new-session -d -x 100 -y 30 -e LANG=C.UTF-8 -e TERM=xterm-256color \
    "sh -c '$2; echo EXIT:\$?; exec sleep 60'" </dev/null
}
tui_expect() {  # tui_expect SOCKET TEXT [SECONDS]
  local deadline=$(( $(date +%s%N) + ${3:-5} * 1000000000 ))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    tmux -S "$1" capture-pane -p -J | tr -d '\n' | grep -qF -- "$2" && return 0
    sleep 0.03
  done
  problem "the screen did not show '$2': $(tmux -S "$1" capture-pane -p)"
  return 1
}
# hold_lock DB SECONDS: another program holds the write lock (in the background).
hold_lock() {
  rm -f "$WORK/locked"
  python3 -c "
import sqlite3, time
c = sqlite3.connect('$1', isolation_level=None)
c.execute('BEGIN IMMEDIATE')
open('$WORK/locked', 'w').close()
time.sleep($2)
" &
  HOLDER=$!
  while [ ! -e "$WORK/locked" ]; do sleep 0.02; done
}
