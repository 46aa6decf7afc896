#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/escape-in-a-name.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "an escape sequence in a name never reaches the terminal"
DB="$WORK/escape.db"
# Imports refuse control characters; a name stored by an older skranke or
# another program may still hold them.
printf 'name,area\n"Ond\033]2;HACKED\007 \033[2JForening",Hjørring\n' >"$WORK/escape.csv"
out="$("$BIN" import associations "$WORK/escape.csv" --db "$DB" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *"line 2: name: holds a control character"* ]] || fail "import: exit $code: $out"
printf 'name,area\nOnd Forening,Hjørring\n' >"$WORK/escape.csv"
"$BIN" import associations "$WORK/escape.csv" --db "$DB" >/dev/null || fail "import failed"
sqlite3 "$DB" "UPDATE associations SET name = 'Ond' || char(27) || ']2;HACKED' || char(7) || ' ' || char(27) || '[2JForening'"
start escape 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$DB"
expect "Who is at the desk?" 10 && keys Escape && keys F1
expect "␛]2;HACKED␇ ␛[2JForening"
title="$(tmux -S "$SOCK" display -p '#{pane_title}')"
[ -n "$CURRENT" ] && [[ "$title" == *HACKED* ]] && fail "the title was changed to: $title"
end

finish
