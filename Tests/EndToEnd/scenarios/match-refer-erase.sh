#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/match-refer-erase.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

begin "a walk-in: profile, ranked suggestions with reasons, referral on the inquiry's timeline"
MDB="$WORK/match.db"
for kind in areas associations activities; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$MDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$MDB" >/dev/null
start match 110 34 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$MDB" --staff KM
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:" && keys C-n && expect "Ny henvendelse"
keys -l "67 år, enke, vil gerne hjælpe andre tirs og tors formiddag" && keys Tab Right Tab Tab && keys -l "Grethe Nielsen"
keys C-s && expect "Henvendelse #1 er logget"
keys F2 && expect "#1 Grethe Nielsen" && keys Enter && expect "Henvendelse #1 · Åben"
keys b && expect "Fra henvendelse #1 Grethe Nielsen" && expect "Forslagene kommer"
keys -l "samvær, omsorg" && keys Tab && keys -l "tir tor formiddag" && keys Tab && keys -l "Hirtshals"
expect "1. Besøgsven i Hirtshals" && expect "+ tir og tor formiddag passer" && expect "+ samme by: Hirtshals"
expect "+ fælles interesser: samvær, omsorg" && expect "· 3 ledige pladser" && expect "naboområde: Hjørring"
keys Tab Tab && keys -l "67" && keys Tab Tab Tab Tab Tab Tab Tab Space C-s
expect "Borgeren er gemt (nr. 1) og knyttet til henvendelse #1."
keys C-r Enter && expect "Henvis til Besøgsven i Hirtshals" && expect "Poul Ravn · 98 37 14 21"
keys C-s && expect "Henvist til Besøgsven i Hirtshals (Ældre Sagen Hirtshals). Kontakt: Poul Ravn"
keys F2 && expect "Henvist: Besøgsven i Hirtshals (Ældre Sagen Hirtshals) · Poul Ravn"
keys l Right Tab && keys -l "Henvist" && keys C-s && expect "venter stadig på svar"
keys Escape && expect "Kassér ændringerne" && keys j j && expect_not "Luk #1" && keys C-q && expect "EXIT:0"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$MDB" "select status || ' ' || inquiry_id from referrals")" != "suggested 1" ] && fail "referral not stored"
out="$("$BIN" match --citizen 1 --json --limit 2 --db "$MDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *'"title": "Besøgsven i Hirtshals"'* ]] && [[ "$out" == *'"same town: Hirtshals"'* ]] \
  || fail "match --json: exit $code: $out"
out="$("$BIN" match --citizen 99 --db "$MDB" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *"No citizen with number 99"* ]] || fail "match 99: exit $code: $out"
out="$("$BIN" citizen export 1 --db "$MDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Data stored about Grethe Nielsen"* ]] && [[ "$out" == *"67 år, enke"* ]] || fail "export: exit $code: $out"
out="$(echo nej | "$BIN" citizen erase 1 --db "$MDB" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *"Nothing was erased"* ]] || fail "erase without yes: exit $code: $out"
out="$(echo yes | "$BIN" citizen erase 1 --db "$MDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Erased: Grethe Nielsen"* ]] || fail "erase: exit $code: $out"
grep -qa -e "Grethe Nielsen" -e "enke, vil gerne" "$MDB" "$MDB-wal" 2>/dev/null && fail "the name is still in the file"
end

finish
