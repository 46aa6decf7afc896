#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/who-is-here.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "the first start asks who is at the desk; add yourself"
start who 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/who.db"
expect "Hvem sidder ved skranken?" 10 && keys Enter && expect "Tilføj medarbejder"
keys "km" Tab "Karen Madsen" C-s && expect "Ved tastaturet: KM"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$WORK/who.db" "select initials from staff")" != "KM" ] && fail "staff not stored"
keys C-q && expect "EXIT:0"
end

finish
