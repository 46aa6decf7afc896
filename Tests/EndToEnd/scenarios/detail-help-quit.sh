#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/detail-help-quit.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "open a detail view, back, help, quit restores the terminal"
# A practice day: the demo is seeded for it, so the file's dates (when its
# details were confirmed) are the same whatever day the test runs.
start detail 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- "$BIN" --demo --today 2026-11-25
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:"
keys "ældre sagen hj" && expect "Ældre Sagen Hjørring"
keys Enter && expect "Aktiviteter (" && expect "Besøgsven for ældre" && expect "Telefon:"
expect_screen detail-aeldre-sagen
# Esc from a file is the search line again, its text selected: typing
# searches anew (q is a letter there); ↓ is the list.
keys Escape && expect "Navn"
keys "?" && expect "Hjælp — Esc lukker" && expect "Filtrér på målgruppe"
expect_screen help-search
keys Escape && expect_not "Hjælp — Esc lukker"
keys Down && keys q && expect "EXIT:0" && expect_restored
end

finish
