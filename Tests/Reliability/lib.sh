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
  for kind in areas associations activities rooms; do
    "$BIN" import "$kind" "$DATA/$kind.csv" --db "$1" --no-backup >/dev/null || problem "demo import $kind"
  done
  "$BIN" staff add KM "Karen Madsen" --db "$1" --no-backup >/dev/null
}

integrity() { sqlite3 "$1" "PRAGMA integrity_check" 2>&1; }

# A day well ahead, so bookings are never in the past: YYYY-MM-DD.
ahead() { date -d "+$1 days" +%F; }
