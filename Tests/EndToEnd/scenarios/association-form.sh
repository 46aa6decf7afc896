#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/association-form.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "create an association in the form; invalid phone is shown next to the field"
start form 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/form.db"
expect "Hvem sidder ved skranken?" 10 && keys Escape && expect_not "Hvem sidder" && keys F1
keys Down n && expect "Ny forening"
keys "Strikkeklubben Masker" Tab Tab Tab Tab "12 34" C-s
expect "8 cifre, evt. +45 foran" && expect "Intet er gemt endnu"
# The whole form, the error next to its field, as the golden file has it.
expect_screen association-form-error
keys C-u "+45 98 76 54 32" C-s && expect "Gemt: Strikkeklubben Masker" && expect_not "Ny forening"
expect "Strikkeklubben Masker"
expect_not "Ny forening"
keys q && expect "EXIT:0"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$WORK/form.db" "select phone from associations")" != "98765432" ] && fail "phone not stored normalised"
end

finish
