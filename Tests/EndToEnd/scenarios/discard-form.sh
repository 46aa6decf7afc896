#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/discard-form.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "Esc on a changed form asks before discarding"
start discard 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/discard.db"
expect "Who is at the desk?" 10 && keys Escape && expect_not "Who is at the desk?" && keys F1
keys Down n && expect "New association" && keys "Half typed"
keys Escape && expect "Discard the changes in the form?"
keys n && expect "Half typed"
keys C-q && expect "There are unsaved changes"
keys Escape && keys Escape && expect "Discard the changes" && keys j && expect "Press y again for yes"
# Right after Esc a letter is held back once (it may be a word typed on); then it answers.
keys j
# After that Esc, letters are still text: q would search, Ctrl-Q quits.
expect "The changes were discarded" && keys C-q && expect "EXIT:0"
end

finish
