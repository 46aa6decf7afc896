#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/help-man-completion.sh [PATH/TO/skranke]
# The command line's help, man page and bash completion, made from the
# same declarations the parser checks against, read by real man and bash.
source "$(dirname "$0")/../lib.sh"

begin "help COMMAND and COMMAND --help show each option; --help lists every command"
page="$("$BIN" help book)" || fail "help book exited non-zero"
for option in --room --association --from --to --weekly-until --past --db; do
  [[ "$page" == *"$option"* ]] || fail "help book misses $option"
done
[ "$("$BIN" book --help)" = "$page" ] || fail "book --help is not help book"
[[ "$(LANG=da_DK.UTF-8 "$BIN" help report bookings)" == *"fra og med DATO"* ]] || fail "help in Danish"
"$BIN" help nothing >/dev/null 2>&1; [ $? = 2 ] || fail "help for no command should exit 2"
end

begin "every CSV export takes --excel (a BOM and semicolons), as help says"
XDB="$WORK/excel.db"
"$BIN" staff add KM "Karen Madsen" --db "$XDB" >/dev/null || fail "staff add"
for what in "export associations" "export activities" "export rooms" "export funds" "export rounds" \
  "export inquiries" "export referrals" "export applications" "export bookings"; do
  # shellcheck disable=SC2086
  "$BIN" $what --excel --db "$XDB" --out "$WORK/x.csv" 2>"$WORK/x.err" || fail "$what --excel: $(cat "$WORK/x.err")"
  head -c 3 "$WORK/x.csv" | od -An -tx1 | grep -q "ef bb bf" || fail "$what --excel: no BOM"
done
"$BIN" report --csv "$WORK/tables" --excel --db "$XDB" >/dev/null 2>"$WORK/x.err" || fail "report --excel: $(cat "$WORK/x.err")"
[[ "$("$BIN" help report)" == *"--excel"* ]] || fail "help report does not say --excel"
end

begin "the man page renders in man with no troff warnings, in both languages"
for lang in C.UTF-8 da_DK.UTF-8; do
  LANG=$lang "$BIN" help --man >"$WORK/skranke.1" || fail "help --man ($lang)"
  warnings="$(groff -k -man -Tutf8 -ww -z "$WORK/skranke.1" 2>&1)"
  [ -z "$warnings" ] || fail "troff warnings ($lang): $warnings"
done
text="$(LANG=C.UTF-8 "$BIN" help --man >"$WORK/skranke.1" && MANWIDTH=80 man -l "$WORK/skranke.1" 2>&1)"
for want in "SKRANKE(1)" "skranke rooms find" "--weekly-until DATE" "Exit: 0 done"; do
  [[ "$text" == *"$want"* ]] || fail "man page misses: $want"
done
end

begin "bash completion: commands, a family's words, an argument's choices, a command's options, files"
"$BIN" help --completion >"$WORK/complete.bash" || fail "help --completion"
# complete WORDS...: what bash offers for the last word (may be empty).
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=(skranke "$@"); COMP_CWORD=$#; _skranke; printf "%s\n" "${COMPREPLY[@]}"' \
    sh "$WORK/complete.bash" "$@" | sort | tr '\n' ' '
}
[[ "$(complete_words imp)" == "import " ]] || fail "imp: $(complete_words imp)"
[[ "$(complete_words citizen "")" == *"erase erase-dormant export list retention"* ]] || fail "citizen: $(complete_words citizen "")"
[[ "$(complete_words import "")" == *"activities areas associations funds rooms rounds"* ]] || fail "import kinds: $(complete_words import "")"
[[ "$(complete_words book --r)" == "--room " ]] || fail "book --r: $(complete_words book --r)"
got="$(complete_words report bookings --)"
[[ "$got" == *"--from"* && "$got" != *"--room"* ]] || fail "report bookings --: $got"
# After an option that takes a value, its value; then the command's options again.
got="$(complete_words export inquiries --from 2026-01-01 --)"
[[ "$got" == *"--to"* && "$got" != *"--association"* ]] || fail "after a value: $got"
touch "$WORK/kopi-til-test.db"
got="$(cd "$WORK" && complete_words backup kopi-til)"
[[ "$got" == "kopi-til-test.db " ]] || fail "backup FILE: $got"
end

finish
