#!/usr/bin/env bash
# End-to-end tests: the real skranke binary in a real terminal (tmux).
# Each test gets its own tmux server socket; screens are polled with a
# deadline (no fixed sleeps) and dumped when an expectation fails.
# Usage: Tests/EndToEnd/run.sh PATH/TO/skranke
set -uo pipefail
BIN="$(realpath "${1:-.build/debug/skranke}")"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d /tmp/skranke-e2e-XXXXXX)"
unset TMUX
export SKRANKE_DATA_DIR="$ROOT/data"
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

# ---------------------------------------------------------------- tests

begin "search hjorring and aalborg on demo data (Danish UI)"
start search 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --demo
expect "Søg:" 10 && expect "foreninger"
keys hjorring && expect "Hjørring Frivilligcenter"
keys C-u && keys aalborg && expect "Kræftens Bekæmpelse, Aalborg-afdelingen" && expect "Sorggruppen Ålborg-Hjørring"
expect_not "Hjørring Frivilligcenter"
keys C-u && keys "hjælp" && expect "Dansk Flygtningehjælp Hjørring"
end

begin "open a detail view, back, help, quit restores the terminal"
start detail 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --demo
expect "Søg:" 10
keys "ældre sagen hj" && expect "Ældre Sagen Hjørring"
keys Enter && expect "Aktiviteter (" && expect "Besøgsven for ældre" && expect "Telefon:"
keys Escape && expect "Navn"
keys "?" && expect "Hjælp — Esc lukker" && expect "Filtrér på målgruppe"
keys Escape && expect_not "Hjælp — Esc lukker"
keys Escape && keys q && expect "EXIT:0" && expect_restored
end

begin "English UI, resize to wide, too small, and back"
start resize 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --demo
expect "Search:" 10 && expect "Target groups"
tmux -S "$SOCK" resize-window -x 140 -y 40
keys Down && expect "Activities (" && expect "│"
tmux -S "$SOCK" resize-window -x 60 -y 20
expect "The window is too small" && expect "60×20"
tmux -S "$SOCK" resize-window -x 90 -y 26
expect "Target groups" && expect_not "too small"
keys C-q && expect "EXIT:0" && expect_restored
end

begin "an escape sequence in a name never reaches the terminal"
DB="$WORK/escape.db"
printf 'name,area\n"Ond\033]2;HACKED\007 \033[2JForening",Hjørring\n' >"$WORK/escape.csv"
"$BIN" import associations "$WORK/escape.csv" --db "$DB" >/dev/null || fail "import failed"
start escape 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$DB"
expect "␛]2;HACKED␇ ␛[2JForening" 10
title="$(tmux -S "$SOCK" display -p '#{pane_title}')"
[ -n "$CURRENT" ] && [[ "$title" == *HACKED* ]] && fail "the title was changed to: $title"
end

for sig in TERM INT HUP; do
  begin "SIG$sig restores the terminal"
  start "sig$sig" 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/sig.db"
  expect "Search:" 10
  pid="$(app_pid)"
  [ -n "$pid" ] && kill -s "$sig" "$pid"
  case $sig in TERM) code=143 ;; INT) code=130 ;; HUP) code=129 ;; esac
  expect "EXIT:$code" && expect_restored
  end
done

begin "Ctrl-Z suspends and fg redraws"
start suspend 100 30 LANG=C.UTF-8 TERM=xterm-256color -- bash --norc -i
expect "bash-"
keys "$BIN --demo" Enter && expect "Search:" 10 && expect "associations"
keys C-z && expect "Stopped"
keys "clear; fg" Enter && expect "Search:" && expect "associations"
keys C-q && expect_restored
end

begin "NO_COLOR draws without colour"
start nocolor 100 30 LANG=C.UTF-8 TERM=xterm-256color NO_COLOR=1 -- "$BIN" --demo
expect "Search:" 10
if [ -n "$CURRENT" ] && screen -e | grep -qE $'\033\\[[0-9;]*(3[0-7]|4[0-7]|38;5;)[0-9;]*m'; then
  fail "colour escape codes with NO_COLOR set"
fi
end

begin "create an association in the form; invalid phone is shown next to the field"
start form 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/form.db"
expect "Søg:" 10
keys Escape n && expect "Ny forening"
keys "Strikkeklubben Masker" Tab Tab Tab Tab "12 34" C-s
expect "telefon: 8 cifre" && expect "Intet er gemt endnu"
keys C-u "+45 98 76 54 32" C-s && expect "Gemt: Strikkeklubben Masker" && expect_not "Ny forening"
expect "Strikkeklubben Masker"
keys Escape && expect_not "Ny forening"
keys q && expect "EXIT:0"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$WORK/form.db" "select phone from associations")" != "98765432" ] && fail "phone not stored normalised"
end

begin "Esc on a changed form asks before discarding"
start discard 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/discard.db"
expect "Search:" 10
keys Escape n && expect "New association" && keys "Half typed"
keys Escape && expect "Discard the changes in the form?"
keys n && expect "Half typed"
keys C-q && expect "There are unsaved changes"
keys Escape && keys Escape && expect "Discard the changes" && keys j
expect "The changes were discarded" && keys q && expect "EXIT:0"
end

# ---------------------------------------------------------------- command line

begin "no terminal and unknown TERM give a clear message and exit 1"
out="$(TERM=no-such-term "$BIN" --db "$WORK/cli.db" </dev/null 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *terminal* ]] || fail "no terminal: exit $code: $out"
end

begin "a bad import names the line and changes nothing"
DB="$WORK/import.db"
"$BIN" import associations "$ROOT/data/associations.csv" --db "$DB" >/dev/null || fail "demo import failed"
before="$(sqlite3 "$DB" 'select count(*) from associations')"
printf 'name;email\nGod Forening;god@forening.dk\nDårlig Forening;ikke-en-mail\n' >"$WORK/bad.csv"
out="$(LANG=da_DK.UTF-8 "$BIN" import associations "$WORK/bad.csv" --db "$DB" 2>&1)"; code=$?
after="$(sqlite3 "$DB" 'select count(*) from associations')"
[ $code -ne 0 ] && [[ "$out" == *"linje 3"* ]] && [[ "$out" == *email* ]] || fail "exit $code: $out"
[ "$before" = "$after" ] || fail "count changed from $before to $after"
end

begin "export then import round-trips without loss"
"$BIN" export associations --db "$DB" --out "$WORK/a.csv" && "$BIN" export activities --db "$DB" --out "$WORK/v.csv" || fail "export failed"
"$BIN" import associations "$WORK/a.csv" --db "$WORK/copy.db" >/dev/null && "$BIN" import activities "$WORK/v.csv" --db "$WORK/copy.db" >/dev/null || fail "re-import failed"
"$BIN" export associations --db "$WORK/copy.db" --out "$WORK/a2.csv" && "$BIN" export activities --db "$WORK/copy.db" --out "$WORK/v2.csv"
cmp -s "$WORK/a.csv" "$WORK/a2.csv" && cmp -s "$WORK/v.csv" "$WORK/v2.csv" || fail "exports differ after a round trip"
end

begin "a file from a newer skranke is refused and left untouched"
sqlite3 "$WORK/newer.db" 'PRAGMA user_version=99; CREATE TABLE x(y);'
sum_before="$(md5sum <"$WORK/newer.db")"
out="$("$BIN" export associations --db "$WORK/newer.db" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *newer* ]] && [ "$sum_before" = "$(md5sum <"$WORK/newer.db")" ] || fail "exit $code: $out"
end

echo "end-to-end: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
