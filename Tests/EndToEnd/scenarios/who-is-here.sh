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

begin "F5, Delete: a colleague with an open inquiry leaves the list only once someone takes it over"
"$BIN" staff add ls "Lars Søgaard" --db "$WORK/who.db" >/dev/null
start who2 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/who.db" --staff ls
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:" && keys C-n && expect "Ny henvendelse" && keys -l "Søger besøgsven"
keys Tab Right C-s && expect "Henvendelse #1 er logget"
keys F5 && expect "Del Tag af listen" && keys Up Enter && expect "Ved tastaturet: KM"
keys F5 && keys Down DC && expect "LS har 1 åben henvendelse"
keys C-s && expect "skal vælges" && keys Right Tab && keys -l "Lars stopper" && keys C-s
expect "LS er taget af listen. 1 henvendelse er overdraget til KM." && expect_not "Lars Søgaard"
keys Escape C-q && expect "EXIT:0"
[ "$(sqlite3 "$WORK/who.db" "select count(*) from inquiries i join staff s on s.id = i.owner_id where s.active = 0 and i.status <> 'closed'")" = 0 ] \
  || fail "an open inquiry has an inactive owner"
[ "$(sqlite3 "$WORK/who.db" "select active from staff where initials = 'LS'")" = 0 ] || fail "LS still active"
end

begin "Enter at start-up chooses no one; the next start at this login offers who was here"
start who3 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color USER=desk3 -- "$BIN" --db "$WORK/who.db"
expect "Hvem sidder ved skranken?" 10 && keys Enter && expect "Marker dig selv med ↓ først."
keys Down Enter && expect "Ved tastaturet: KM" && keys C-q && expect "EXIT:0"
end
begin "… and by name, marked, so Enter is enough"
start who4 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color USER=desk3 -- "$BIN" --db "$WORK/who.db"
expect "Er det Karen Madsen?" 10 && keys Enter && expect "Ved tastaturet: KM" && keys C-q && expect "EXIT:0"
end

finish
