#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/erase-asker.sh [PATH/TO/skranke]
# Issue 25: a person who only asked at the desk is found and erased, at
# the desk (Ctrl-P on the inquiry) and on the command line.
source "$(dirname "$0")/../lib.sh"
mkdir -p "$WORK/tmp"
TMPDIR="$WORK/tmp" "$BIN" overview --demo --out "$WORK/site" >/dev/null 2>&1
DB="$(ls "$WORK"/tmp/skranke-demo-*/skranke.db)"
holds() { grep -c "$1" "$DB" "$DB-wal" 2>/dev/null | awk -F: '{n += $2} END {print n + 0}'; }

begin "the access copy is in words, and the command line finds the asker by her inquiry"
out="$(LANG=da_DK.UTF-8 "$BIN" citizen export --inquiry 2 --db "$DB" 2>&1)" || fail "export: $out"
[[ "$out" == *"Oplysninger gemt om Birthe Nielsen"* && "$out" == *"Ingen borgerprofil"* ]] || fail "export: $out"
[[ "$out" == *"Modtaget (telefon)"* && "$out" != *"created"* && "$out" != *"phone"* ]] || fail "codes in the copy: $out"
end

begin "Ctrl-P on her inquiry shows her; x erases her from the file, its WAL and Find"
[ "$(holds "Birthe Nielsen")" -gt 0 ] || fail "the demo has no Birthe Nielsen"
start erase 110 34 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$DB" --staff KM
expect "Mine opfølgninger" 10 && keys C-f && keys -l "#2" && expect "Henvendelser (1)" && keys Enter
expect "Henvendelse #2" && keys C-p && expect "Oplysninger gemt om Birthe Nielsen"
keys x && expect "Slet Birthe Nielsen for altid?" && keys j && expect "Slettet: Birthe Nielsen"
expect "Personoplysninger slettet $(date +%d-%m-%Y)"
keys C-f && keys -l "birthe" && expect "Intet fundet"
keys Escape Escape && keys C-q && expect "EXIT:0"
[ "$(holds "Birthe")" -eq 0 ] || fail "her name is still in the file or its WAL"
end

begin "by phone on the command line: listed, asked, and refused without yes"
out="$(printf 'nej\n' | LANG=C.UTF-8 "$BIN" citizen erase --phone "20 30 40 50" --db "$DB" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *"Nothing stored about the person"* ]] || fail "exit $code: $out"
end

finish
