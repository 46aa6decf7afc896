#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/readline-keys.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "text fields take readline's keys as the terminal sends them (Alt-arrows, ^A ^E ^K ^U ^W)"
start readline 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- "$BIN" --demo
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:"
keys -l "sagen hjørring" && expect "Søg: sagen hjørring"
keys M-Left && keys -l "ældre " && expect "Søg: sagen ældre hjørring"
keys C-a && keys -l "x" && expect "Søg: xsagen ældre hjørring"
keys BSpace M-Right M-Right && keys -l "!" && expect "Søg: sagen ældre! hjørring"
keys C-e C-w && expect_not "ældre! hjørring" && expect "Søg: sagen ældre!"
keys M-Left && keys C-k && expect_not "ældre!" && expect "Søg: sagen"
keys C-u && keys -l "ensom" && expect "Søg: ensom"
# Home and End, as tmux sends them and as the bytes Esc [1~ / Esc [4~
# (screen, rxvt): never Esc and typed text.
keys Home && keys -l "x" && expect "Søg: xensom" && keys End && keys -l "z" && expect "Søg: xensomz"
keys -H 1b 5b 31 7e && keys -l "y" && expect "Søg: yxensomz"
keys -H 1b 5b 34 7e && keys -l "!" && expect "Søg: yxensomz!"
keys C-u
# The same in F3's profile, where junk would be saved in a person's name.
keys F3 && expect "Ny borger" && keys -l "abc" && keys -H 1b 5b 31 7e && keys -l "X"
keys -H 1b 5b 34 7e && keys -l "Z" && expect "XabcZ" && expect_not "[1~" && keys C-u F1
# Ctrl-V (not Ctrl-A) switches between active and inactive associations.
keys C-v && expect "kun inaktive"
keys C-q && expect "EXIT:0"
end

finish
