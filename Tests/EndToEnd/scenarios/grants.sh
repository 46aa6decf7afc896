#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/grants.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

# Next year's 15 April round, and the desk three weeks before it: the real
# binary on a practice day (`--today`), as a centre rehearses a round.
Y=$(( $(date +%Y) + 1 ))
WEEK=$(date -d "$Y-04-15" +%-V)
GDB="$WORK/grants.db"
for kind in areas associations activities rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$GDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$GDB" >/dev/null
printf 'name,grantor,criteria,url\nPuljen til frivilligt socialt arbejde,Hjørring Kommune,"Almennyttigt, frivilligt, socialt",https://hjoerring.dk/18\n' > "$WORK/funds.csv"
printf 'fund,deadline,review_from,decision_on\nPuljen til frivilligt socialt arbejde,15-04-%s,03-05-%s,01-06-%s\n' "$Y" "$Y" "$Y" > "$WORK/rounds.csv"
"$BIN" import funds "$WORK/funds.csv" --db "$GDB" >/dev/null || fail "import funds"
"$BIN" import rounds "$WORK/rounds.csv" --db "$GDB" >/dev/null || fail "import rounds"

begin "§ 18: the 15 April round on I dag three weeks before; the application written and sent"
start grants 100 50 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$GDB" --staff KM --today "$Y-03-25"
expect "Ansøgningsfrister inden 4 uger (1)" 10 && expect "ØVELSE 25-03-$Y"
expect "15-04-$Y, uge $WEEK · Puljen til frivilligt socialt arbejde" && expect "om 21 dage · 0 ansøgninger"
keys F1 && expect "Søg:" && keys -l "Røde Kors Hjørring" && expect "1 forening"
keys Enter && expect "Ingen ansøgninger (a opretter en"
keys a && expect "Ny ansøgning" && keys Enter && expect "Ansøgning · Røde Kors Hjørring"
expect "Puljen til frivilligt socialt arbejde · "
keys Tab && keys -l "Sommerudflugt for besøgsvenner" && keys Tab && keys -l "25.000 kr." && keys C-s
expect "Ansøgningen er gemt: skrives."
expect "Ansøgninger (§ 18): 1 (a retter)"
keys F6 && expect "1 ansøgning (1 skrives)"
# Typed twice by mistake: refused, pointing to the one there is.
keys F1 && keys a && expect "＋ Ny ansøgning" && keys Enter && expect "Ansøgning · Røde Kors Hjørring"
keys Tab && keys -l "sommerudflugt for besøgsvenner" && keys Tab && keys -l "25000" && keys C-s
expect "allerede en ansøgning med dette formål" && keys Escape && expect "Kassér ændringerne" && keys j j
# After that Esc a letter is text: a move first, then a for the applications.
keys Down && keys a && expect "＋ Ny ansøgning" && keys Down Enter && expect "Ansøgning · Røde Kors Hjørring"
keys Tab Tab Tab Tab Tab Right C-s && expect "Ansøgningen er gemt: sendt."
# The round's view, from I dag, before the deadline.
keys F6 && expect "Ansøgningsfrister inden 4 uger (1)"
keys Down Down Down Down Down Down Down Down Down Down Up Enter  # the round; the last line lists all rounds
expect "frist tor 15-04-$Y, uge $WEEK" && expect "I alt 1 ansøgning · ansøgt 25.000 kr. · bevilget 0 kr."
expect "── sendt (1) · ansøgt 25.000 kr." && expect "Røde Kors Hjørring · Sommerudflugt for besøgsvenner · 25.000 kr. · KM"
keys Escape && keys C-q && expect "EXIT:0"
end

begin "§ 18: through the council's review in May to granted in June"
start grants2 100 50 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$GDB" --staff KM --today "$Y-05-05"
expect "ØVELSE 05-05-$Y" 10
keys F1 && expect "Søg:" && keys -l "Røde Kors Hjørring" && expect "1 forening" && keys Enter
keys a && expect "＋ Ny ansøgning" && keys Down Enter && expect "Ansøgning · Røde Kors Hjørring"
keys Tab Tab Tab Tab Tab Right C-s && expect "Ansøgningen er gemt: i rådets høring."
keys C-q && expect "EXIT:0"
start grants3 100 50 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$GDB" --staff KM --today "$Y-06-02"
expect "ØVELSE 02-06-$Y" 10
keys F1 && expect "Søg:" && keys -l "Røde Kors Hjørring" && expect "1 forening" && keys Enter
keys a && expect "＋ Ny ansøgning" && keys Down Enter && expect "Ansøgning · Røde Kors Hjørring"
# Granted needs the amount: refused next to the field, then saved with it.
keys Tab Tab Tab Tab Tab Right C-s && expect "bevilget kræver det bevilgede beløb"
keys -l "25.000" && keys Tab && keys -l "01-06" && keys C-s
expect "Ansøgningen er gemt: bevilget."
expect "i rådets høring → bevilget" && expect "bevilget beløb: – → 25.000 kr." && expect "afgjort: – → 01-06-$Y"
keys C-q && expect "EXIT:0"
end

begin "§ 18: the grant in skranke report --year, its CSV tables and the printed page (Chromium, PDF)"
out=$(LANG=da_DK.UTF-8 "$BIN" report --year "$Y" --db "$GDB" 2>&1) || fail "report: exit $?"
[[ "$out" =~ Puljen\ til\ frivilligt\ socialt\ arbejde\ 15-04-$Y\ +1\ +25.000\ kr\.\ +25.000\ kr\. ]] \
  && [[ "$out" =~ bevilget\ +1\ +25.000\ kr\.\ +25.000\ kr\. ]] || fail "report said: $out"
said=$(LANG=da_DK.UTF-8 "$BIN" report --year "$Y" --db "$GDB" --csv "$WORK/tables" --html "$WORK/report.html") \
  || fail "report --csv --html: exit $?"
[[ "$said" == *"19 tabeller skrevet i $WORK/tables"* && "$said" == *"siden er skrevet i $WORK/report.html"* ]] \
  || fail "report --csv --html said: $said"
grep -q "^Puljen til frivilligt socialt arbejde 15-04-$Y,1,25000,25000" "$WORK/tables/grants_by_round.csv" \
  || fail "grants_by_round.csv: $(cat "$WORK/tables/grants_by_round.csv")"
[ "$(ls "$WORK/tables" | wc -l)" -ge 15 ] || fail "only $(ls "$WORK/tables" | wc -l) tables"
out=$(SKRANKE_DB="$WORK/own.db" "$BIN" --today "$Y-03-25" </dev/null 2>&1); code=$?
[ $code -eq 2 ] && [[ "$out" == *"--today only with --demo or --db"* ]] || fail "--today on the own file: exit $code: $out"
app=$("$BIN" export applications --db "$GDB")
[[ "$app" == *",Røde Kors Hjørring,Sommerudflugt for besøgsvenner,25000,KM,granted,25000,$Y-06-01,,"* ]] \
  || fail "export applications: $app"
printf 'Ansøgninger efter status\nbevilget 1 25.000 kr. 25.000 kr.\nPuljen til frivilligt socialt arbejde 15-04-%s 1 25.000 kr. 25.000 kr.\n' "$Y" > "$WORK/phrases.txt"
check=$(python3 "$ROOT/Tests/EndToEnd/report_check.py" "$WORK/report.html" "$WORK/phrases.txt" "$WORK/report.pdf" 2>&1) \
  || fail "$check"
end

finish
