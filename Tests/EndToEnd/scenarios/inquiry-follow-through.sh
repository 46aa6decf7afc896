#!/usr/bin/env bash
# End-to-end scenario (see Tests/EndToEnd/lib.sh); runs alone with
# bash Tests/EndToEnd/scenarios/inquiry-follow-through.sh [PATH/TO/skranke]
source "$(dirname "$0")/../lib.sh"

# A database with two staff members, made through skranke's own migrations.
IDB="$WORK/inquiries.db"
"$BIN" export inquiries --db "$IDB" >/dev/null || echo "could not create $IDB"
sqlite3 "$IDB" "INSERT INTO staff(initials, name) VALUES ('KM', 'Karen Madsen'), ('LS', 'Lars Søgaard')"

begin "log a walk-in in a handful of keys and find it under Mine"
start walkin 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$IDB" --staff km
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:" && expect "   KM"
# Counted: every key pressed except the letters of what the person said.
COUNT=0
press() { keys "$@"; COUNT=$((COUNT + $#)); }
press C-n && expect "Ny henvendelse"
keys -l "Vil gerne være besøgsven om tirsdagen"
press Tab Right Tab Tab && keys -l "Jens Hansen"
press C-s && expect "Henvendelse #1 er logget"
echo "     a walk-in with text, category and name took $COUNT keys besides the typed text"
[ -n "$CURRENT" ] && [ "$COUNT" -gt 6 ] && fail "logging a walk-in took $COUNT keys"
keys F2 && expect "Mine (1)" && expect "#1 Jens Hansen: Vil gerne være besøgsven"
keys Enter && expect "Vil være frivillig" && keys Escape
keys C-q && expect "EXIT:0"
end

begin "a question answered on the spot is logged and closed in one save"
ADB="$WORK/answered.db"
"$BIN" export inquiries --db "$ADB" >/dev/null
sqlite3 "$ADB" "INSERT INTO staff(initials, name) VALUES ('KM', 'Karen Madsen')"
start answered 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$ADB" --staff KM
expect "Mine opfølgninger" 10
COUNT=0
press C-n && expect "Ny henvendelse"
keys -l "Hvornår har I åbent i julen?"
press Tab Right Tab Right && expect "‹ Hjulpet ›"
press C-s && expect "Henvendelse #1 er logget og lukket: Hjulpet."
echo "     answered on the spot: $COUNT keys besides the typed text (logging it open takes 4)"
[ -n "$CURRENT" ] && [ "$COUNT" -gt 6 ] && fail "answering on the spot took $COUNT keys"
[ "$(sqlite3 "$ADB" "select status || ' ' || outcome from inquiries")" = "closed helped" ] \
  || fail "not closed in the file"
keys C-q && expect "EXIT:0"
end

begin "closing without an outcome is stopped; hand over; the new owner closes it"
start follow 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$IDB" --staff KM
expect "Mine opfølgninger" 10 && keys F1 && expect "Søg:" && keys F2 && expect "#1 Jens Hansen"
keys Enter && expect "Henvendelse #1 · Åben · ejer KM" && expect "Modtaget (fremmøde)"
keys l && expect "Luk #1" && keys C-s
expect "skal vælges" && expect "Intet er gemt endnu"
keys Escape && expect_not "Luk #1" && expect "Henvendelse #1 · Åben"
# Letters right after an Esc are not commands: a move first.
keys h && expect "efter Esc er bogstaver ikke kommandoer" && expect_not "Overdrag #1"
keys Down Up h && expect "Overdrag #1" && keys C-s && expect "skal vælges"
keys Right Tab "Karen har ferie" C-s && expect "Overdraget til LS"
expect "ejer LS" && expect "Overdraget KM → LS: Karen har ferie"
keys Escape && expect "Ingen åbne henvendelser hos dig"
keys F5 && expect "Hvem sidder ved skranken?" && keys Down Enter && expect "Ved tastaturet: LS"
expect "↪overdraget" && keys Enter && expect "ejer LS"
keys l Right Tab "Henvist til Røde Kors besøgstjeneste" C-s && expect "Lukket: #1"
expect "Lukket: Hjulpet. Henvist til Røde Kors"
keys Escape && sleep 0.3 && keys Right Right && expect "[Lukkede]" && expect "#1 Jens Hansen"
keys C-q && expect "EXIT:0"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$IDB" "select status || ' ' || outcome from inquiries")" != "closed helped" ] && fail "not closed in the file"
end

begin "a CPR number in the text is warned about before saving"
start cpr 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$IDB" --staff LS
expect "My follow-ups" 10 && keys F1 && expect "Search:" && keys C-n && expect "New inquiry"
keys -l "Jens, cpr 010190-1234" && keys C-s && expect "looks like a CPR number" && expect "Nothing has been saved yet"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$IDB" "select count(*) from inquiries")" != "1" ] && fail "saved despite the warning"
keys C-u "Jens would like to help" C-s && expect "must be chosen" && keys Right C-s && expect "Inquiry #2 logged"
keys C-q && expect "EXIT:0"
end

begin "export inquiries and the annual report"
out="$("$BIN" export inquiries --db "$IDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == id,received_date,channel,asker_kind,category,owner,status,follow_up,closed_date,outcome* ]] \
  && [[ "$out" == *",walk_in,citizen,Vil være frivillig,LS,closed,,"*",helped"* ]] || fail "exit $code: $out"
out="$("$BIN" export inquiries --db "$IDB" --from 31-12-2099 2>&1)"; code=$?
[ $code -eq 0 ] && [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "--from: exit $code: $out"
out="$("$BIN" export inquiries --db "$IDB" --from banan 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"unknown date 'banan'"* ]] || fail "bad date: exit $code: $out"
out="$(LANG=da_DK.UTF-8 "$BIN" report --db "$IDB" --year "$(date +%Y)" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Årsopgørelse $(date +%Y) (§ 18)"* ]] && [[ "$out" =~ Modtaget\ +2 ]] \
  && [[ "$out" =~ Heraf\ lukket\ +1 ]] && [[ "$out" =~ Hjulpet\ +1 ]] \
  && [[ "$out" =~ Median\ dage\ til\ lukket\ +0 ]] || fail "report: exit $code: $out"
out="$("$BIN" staff add ah "Aisha Hassan" --db "$IDB" && "$BIN" staff deactivate AH --db "$IDB" && "$BIN" staff --db "$IDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"AH     Aisha Hassan  (inactive)"* ]] && [[ "$out" == *"KM     Karen Madsen"* ]] || fail "staff: exit $code: $out"
out="$("$BIN" staff deactivate QQ --db "$IDB" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *"Unknown staff member 'QQ' (known: AH, KM, LS)"* ]] || fail "staff QQ: exit $code: $out"
out="$("$BIN" --db "$IDB" --staff XX </dev/null 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"unknown staff member 'XX' (known: KM, LS)"* ]] || fail "unknown staff: exit $code: $out"
# Deactivating a colleague never leaves their open inquiries ownerless.
out="$("$BIN" staff deactivate LS --db "$IDB" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *"LS owns 1 open inquiry. Say whom they go to"* ]] || fail "deactivate with open: exit $code: $out"
out="$("$BIN" staff deactivate LS --to km --reason "Lars stopper" --db "$IDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Deactivated: LS (1 inquiry handed over to KM)"* ]] || fail "deactivate --to: exit $code: $out"
[ "$(sqlite3 "$IDB" "select count(*) from inquiries i join staff s on s.id = i.owner_id where s.active = 0 and i.status <> 'closed'")" = 0 ] \
  || fail "an open inquiry has an inactive owner"
end

finish
