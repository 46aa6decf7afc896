#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/search.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "search hjorring and aalborg on demo data (Danish UI)"
start search 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- "$BIN" --demo
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:" && expect "foreninger"
keys hjorring && expect "Hjørring Frivilligcenter"
# The whole screen, every cell of text, as the golden file has it.
expect_screen search-hjorring
keys C-u && keys aalborg && expect "Kræftens Bekæmpelse, Aalborg-afdelingen" && expect "Sorggruppen Ålborg-Hjørring"
expect_not "Hjørring Frivilligcenter"
keys C-u && keys "hjælp" && expect "Dansk Flygtningehjælp Hjørring"
end

finish
