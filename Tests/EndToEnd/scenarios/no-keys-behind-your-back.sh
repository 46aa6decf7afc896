#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/no-keys-behind-your-back.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "Esc then typing is text; nothing acts behind 'too small'; Tab into a field selects it"
start traps 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- "$BIN" --demo
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:"
keys -l "lektie" && keys Down Escape Escape && expect_not "lektie"
keys -l "ensom dansk" && expect "Søg: ensom dansk"
expect_not "Ret forening" && expect_not "Deaktivér \""
keys C-u Down && expect "Esc Ryd søgning"
tmux -S "$SOCK" resize-window -x 60 -y 20
expect "Vinduet er for lille"
keys d n e F4
tmux -S "$SOCK" resize-window -x 100 -y 30
expect "F1 Foreninger" && expect_not "Deaktivér \"" && expect_not "Ret forening" && expect "Esc Ryd søgning"
keys F4 f && expect "Hvornår" && keys -l "tir 19-21" && keys Tab && keys -l "12" && keys BTab
keys -l "ons 10-12" && expect "ons 10-12" && expect_not "tir 19-21ons"
keys Up f && keys -l "fre 9-11" && expect "fre 9-11" && expect_not "ons 10-12fre"
keys C-q && expect "EXIT:0"
end

finish
