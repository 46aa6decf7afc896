#!/usr/bin/env bash
# End-to-end tests: the real skranke binary in a real terminal (tmux).
# Each test gets its own tmux server socket; screens are polled with a
# deadline (no fixed sleeps) and dumped when an expectation fails.
# Usage: Tests/EndToEnd/run.sh PATH/TO/skranke
set -uo pipefail
BIN="$(realpath "${1:-.build/debug/skranke}")"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d /tmp/skranke-e2e-XXXXXX)"
unset TMUX
export SKRANKE_DATA_DIR="$ROOT/data"
SKRANKE_PYTHON="${SKRANKE_PYTHON:-$("$ROOT/scripts/python-tools.sh")}"
PASSED=0
FAILED=0
CURRENT=""
SOCK=""

cleanup() {
  for s in "$WORK"/*.sock; do [ -e "$s" ] && tmux -S "$s" kill-server 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# start NAME WIDTH HEIGHT ENV... -- COMMAND: a detached session running COMMAND
# under sh, printing EXIT:<status> when it ends and then staying open.
start() {
  local name="$1" w="$2" h="$3"
  shift 3
  local envs=()
  while [ "$1" != "--" ]; do envs+=(-e "$1"); shift; done
  shift
  SOCK="$WORK/$name.sock"
  tmux -S "$SOCK" -f /dev/null new-session -d -x "$w" -y "$h" "${envs[@]}" \
    "sh -c '$*; echo EXIT:\$?; exec sleep 600'" </dev/null
}

screen() { tmux -S "$SOCK" capture-pane -p "$@"; }
keys() { tmux -S "$SOCK" send-keys "$@"; }
# The pid of skranke itself (the child of the pane's shell).
app_pid() { pgrep -P "$(tmux -S "$SOCK" display -p '#{pane_pid}')" -f skranke | head -1; }

fail() {
  echo "FAIL [$CURRENT]: $*"
  echo "---- screen ----"; screen 2>/dev/null; echo "----------------"
  FAILED=$((FAILED + 1))
  CURRENT=""
}

# expect TEXT [SECONDS]: wait until the screen shows TEXT (fixed string).
expect() {
  [ -z "$CURRENT" ] && return 1
  local deadline=$(( $(date +%s%N) + ${2:-5} * 1000000000 ))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    screen | grep -qF -- "$1" && return 0
    sleep 0.03
  done
  fail "expected to see: $1"
  return 1
}

# expect_not TEXT: wait until the screen no longer shows TEXT.
expect_not() {
  [ -z "$CURRENT" ] && return 1
  local deadline=$(( $(date +%s%N) + 3000000000 ))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    screen | grep -qF -- "$1" || return 0
    sleep 0.03
  done
  fail "did not expect: $1"
  return 1
}

begin() { CURRENT="$1"; }
end() {
  if [ -n "$CURRENT" ]; then echo "ok   [$CURRENT]"; PASSED=$((PASSED + 1)); fi
  [ -n "$SOCK" ] && tmux -S "$SOCK" kill-server 2>/dev/null
  SOCK=""
  CURRENT=""
}

# Terminal restored: the alternate screen is off after the program ended.
expect_restored() {
  [ -z "$CURRENT" ] && return 1
  local deadline=$(( $(date +%s%N) + 3000000000 ))
  while [ "$(date +%s%N)" -lt "$deadline" ]; do
    [ "$(tmux -S "$SOCK" display -p '#{alternate_on}')" = "0" ] && return 0
    sleep 0.03
  done
  fail "terminal still on the alternate screen"
}

# ---------------------------------------------------------------- tests

begin "search hjorring and aalborg on demo data (Danish UI)"
start search 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- "$BIN" --demo
expect "Søg:" 10 && expect "foreninger"
keys hjorring && expect "Hjørring Frivilligcenter"
keys C-u && keys aalborg && expect "Kræftens Bekæmpelse, Aalborg-afdelingen" && expect "Sorggruppen Ålborg-Hjørring"
expect_not "Hjørring Frivilligcenter"
keys C-u && keys "hjælp" && expect "Dansk Flygtningehjælp Hjørring"
end

begin "open a detail view, back, help, quit restores the terminal"
start detail 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- "$BIN" --demo
expect "Søg:" 10
keys "ældre sagen hj" && expect "Ældre Sagen Hjørring"
keys Enter && expect "Aktiviteter (" && expect "Besøgsven for ældre" && expect "Telefon:"
keys Escape && expect "Navn"
keys "?" && expect "Hjælp — Esc lukker" && expect "Filtrér på målgruppe"
keys Escape && expect_not "Hjælp — Esc lukker"
keys Escape && keys q && expect "EXIT:0" && expect_restored
end

begin "English UI, resize to wide, too small, and back"
start resize 100 30 LANG=C.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- "$BIN" --demo
expect "Search:" 10 && expect "Target groups"
tmux -S "$SOCK" resize-window -x 140 -y 40
keys Down && expect "Activities (" && expect "│"
tmux -S "$SOCK" resize-window -x 60 -y 20
expect "The window is too small" && expect "60×20"
tmux -S "$SOCK" resize-window -x 90 -y 26
expect "Target groups" && expect_not "too small"
keys C-q && expect "EXIT:0" && expect_restored
end

begin "an escape sequence in a name never reaches the terminal"
DB="$WORK/escape.db"
# Imports refuse control characters; a name stored by an older skranke or
# another program may still hold them.
printf 'name,area\n"Ond\033]2;HACKED\007 \033[2JForening",Hjørring\n' >"$WORK/escape.csv"
out="$("$BIN" import associations "$WORK/escape.csv" --db "$DB" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *"line 2: name: holds a control character"* ]] || fail "import: exit $code: $out"
printf 'name,area\nOnd Forening,Hjørring\n' >"$WORK/escape.csv"
"$BIN" import associations "$WORK/escape.csv" --db "$DB" >/dev/null || fail "import failed"
sqlite3 "$DB" "UPDATE associations SET name = 'Ond' || char(27) || ']2;HACKED' || char(7) || ' ' || char(27) || '[2JForening'"
start escape 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$DB"
expect "␛]2;HACKED␇ ␛[2JForening" 10
title="$(tmux -S "$SOCK" display -p '#{pane_title}')"
[ -n "$CURRENT" ] && [[ "$title" == *HACKED* ]] && fail "the title was changed to: $title"
end

for sig in TERM INT HUP; do
  begin "SIG$sig restores the terminal"
  start "sig$sig" 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/sig.db"
  expect "Search:" 10
  pid="$(app_pid)"
  [ -n "$pid" ] && kill -s "$sig" "$pid"
  case $sig in TERM) code=143 ;; INT) code=130 ;; HUP) code=129 ;; esac
  expect "EXIT:$code" && expect_restored
  end
done

begin "Ctrl-Z suspends and fg redraws"
start suspend 100 30 LANG=C.UTF-8 TERM=xterm-256color SKRANKE_STAFF=AH -- bash --norc -i
expect "bash-"
keys "$BIN --demo" Enter && expect "Search:" 10 && expect "associations"
keys C-z && expect "Stopped"
keys "clear; fg" Enter && expect "Search:" && expect "associations"
keys C-q && expect_restored
end

begin "NO_COLOR draws without colour"
start nocolor 100 30 LANG=C.UTF-8 TERM=xterm-256color NO_COLOR=1 SKRANKE_STAFF=AH -- "$BIN" --demo
expect "Search:" 10
if [ -n "$CURRENT" ] && screen -e | grep -qE $'\033\\[[0-9;]*(3[0-7]|4[0-7]|38;5;)[0-9;]*m'; then
  fail "colour escape codes with NO_COLOR set"
fi
end

begin "create an association in the form; invalid phone is shown next to the field"
start form 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/form.db"
expect "Hvem sidder ved skranken?" 10 && keys Escape && expect_not "Hvem sidder"
keys Escape n && expect "Ny forening"
keys "Strikkeklubben Masker" Tab Tab Tab Tab "12 34" C-s
expect "telefon: 8 cifre" && expect "Intet er gemt endnu"
keys C-u "+45 98 76 54 32" C-s && expect "Gemt: Strikkeklubben Masker" && expect_not "Ny forening"
expect "Strikkeklubben Masker"
keys Escape && expect_not "Ny forening"
keys q && expect "EXIT:0"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$WORK/form.db" "select phone from associations")" != "98765432" ] && fail "phone not stored normalised"
end

begin "Esc on a changed form asks before discarding"
start discard 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/discard.db"
expect "Who is at the desk?" 10 && keys Escape && expect_not "Who is at the desk?"
keys Escape n && expect "New association" && keys "Half typed"
keys Escape && expect "Discard the changes in the form?"
keys n && expect "Half typed"
keys C-q && expect "There are unsaved changes"
keys Escape && keys Escape && expect "Discard the changes" && keys j
expect "The changes were discarded" && keys q && expect "EXIT:0"
end

# ---------------------------------------------------------------- inquiries

# A database with two staff members, made through skranke's own migrations.
IDB="$WORK/inquiries.db"
"$BIN" export inquiries --db "$IDB" >/dev/null || echo "could not create $IDB"
sqlite3 "$IDB" "INSERT INTO staff(initials, name) VALUES ('KM', 'Karen Madsen'), ('LS', 'Lars Søgaard')"

begin "the first start asks who is at the desk; add yourself"
start who 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$WORK/who.db"
expect "Hvem sidder ved skranken?" 10 && keys Enter && expect "Tilføj medarbejder"
keys "km" Tab "Karen Madsen" C-s && expect "Ved tastaturet: KM"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$WORK/who.db" "select initials from staff")" != "KM" ] && fail "staff not stored"
keys C-q && expect "EXIT:0"
end

begin "log a walk-in in a handful of keys and find it under Mine"
start walkin 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$IDB" --staff km
expect "Søg:" 10 && expect "   KM"
# Counted: every key pressed except the letters of what the person said.
COUNT=0
press() { keys "$@"; COUNT=$((COUNT + $#)); }
press C-n && expect "Ny henvendelse"
keys -l "Vil gerne være besøgsven om tirsdagen"
press Tab Right Tab && keys -l "Jens Hansen"
press C-s && expect "Henvendelse #1 er logget"
echo "     a walk-in with text, category and name took $COUNT keys besides the typed text"
[ -n "$CURRENT" ] && [ "$COUNT" -gt 6 ] && fail "logging a walk-in took $COUNT keys"
keys F2 && expect "Mine (1)" && expect "#1 Jens Hansen: Vil gerne være besøgsven" && expect "Søger et tilbud"
keys C-q && expect "EXIT:0"
end

begin "closing without an outcome is stopped; hand over; the new owner closes it"
start follow 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$IDB" --staff KM
expect "Søg:" 10 && keys F2 && expect "#1 Jens Hansen"
keys Enter && expect "Henvendelse #1 · Åben · ejer KM" && expect "Modtaget (fremmøde)"
keys l && expect "Luk #1" && keys C-s
expect "skal vælges" && expect "Intet er gemt endnu"
keys Escape && expect_not "Luk #1" && expect "Henvendelse #1 · Åben"
keys h && expect "Overdrag #1" && keys C-s && expect "skal vælges"
keys Right Tab "Karen har ferie" C-s && expect "Overdraget til LS"
expect "ejer LS" && expect "Overdraget KM → LS: Karen har ferie"
keys Escape && expect "Ingen åbne henvendelser hos dig"
keys F5 && expect "Hvem sidder ved skranken?" && keys Down Enter && expect "Ved tastaturet: LS"
expect "↪overdraget" && keys Enter && expect "ejer LS"
keys l Right Tab "Henvist til Røde Kors besøgstjeneste" C-s && expect "Lukket: #1"
expect "Lukket: Hjulpet. Henvist til Røde Kors"
keys Escape v v && expect "[Lukkede]" && expect "#1 Jens Hansen"
keys C-q && expect "EXIT:0"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$IDB" "select status || ' ' || outcome from inquiries")" != "closed helped" ] && fail "not closed in the file"
end

begin "a CPR number in the text is warned about before saving"
start cpr 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$IDB" --staff LS
expect "Search:" 10 && keys C-n && expect "New inquiry"
keys -l "Jens, cpr 010190-1234" && keys C-s && expect "looks like a CPR number" && expect "Nothing has been saved yet"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$IDB" "select count(*) from inquiries")" != "1" ] && fail "saved despite the warning"
keys C-u "Jens would like to help" C-s && expect "Inquiry #2 logged"
keys C-q && expect "EXIT:0"
end

begin "a walk-in: profile, ranked suggestions with reasons, referral on the inquiry's timeline"
MDB="$WORK/match.db"
for kind in areas associations activities; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$MDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$MDB" >/dev/null
start match 110 34 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$MDB" --staff KM
expect "Søg:" 10 && keys C-n && expect "Ny henvendelse"
keys -l "67 år, enke, vil gerne hjælpe andre tirs og tors formiddag" && keys Tab Tab && keys -l "Grethe Nielsen"
keys C-s && expect "Henvendelse #1 er logget"
keys F2 && expect "#1 Grethe Nielsen" && keys Enter && expect "Henvendelse #1 · Åben"
keys b && expect "Fra henvendelse #1 Grethe Nielsen" && expect "Forslagene kommer"
keys -l "samvær, omsorg" && keys Tab && keys -l "tir tor formiddag" && keys Tab && keys -l "Hirtshals"
expect "1. Besøgsven i Hirtshals" && expect "+ tir og tor formiddag passer" && expect "+ samme by: Hirtshals"
expect "+ fælles interesser: samvær, omsorg" && expect "· 3 ledige pladser" && expect "naboområde: Hjørring"
keys Tab Tab && keys -l "67" && keys Tab Tab Tab Tab Tab Tab Space C-s
expect "Borgeren er gemt (nr. 1) og knyttet til henvendelse #1."
keys C-r Enter && expect "Henvis til Besøgsven i Hirtshals" && expect "Poul Ravn · 98 37 14 21"
keys C-s && expect "Henvist til Besøgsven i Hirtshals (Ældre Sagen Hirtshals). Kontakt: Poul Ravn"
keys F2 && expect "Henvist: Besøgsven i Hirtshals (Ældre Sagen Hirtshals) — foreslået"
keys l Right Tab && keys -l "Henvist" && keys C-s && expect "venter stadig på svar"
keys Escape j && expect_not "Luk #1" && keys C-q && expect "EXIT:0"
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

begin "export inquiries and the annual report"
out="$("$BIN" export inquiries --db "$IDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == id,received_date,channel,asker_kind,category,owner,status,follow_up,closed_date,outcome* ]] \
  && [[ "$out" == *",walk_in,citizen,Søger et tilbud,LS,closed,,"*",helped"* ]] || fail "exit $code: $out"
out="$("$BIN" export inquiries --db "$IDB" --from 31-12-2099 2>&1)"; code=$?
[ $code -eq 0 ] && [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "--from: exit $code: $out"
out="$("$BIN" export inquiries --db "$IDB" --from banan 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"unknown date 'banan'"* ]] || fail "bad date: exit $code: $out"
out="$(LANG=da_DK.UTF-8 "$BIN" report --db "$IDB" --year "$(date +%Y)" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Henvendelser modtaget i $(date +%Y): 2"* ]] && [[ "$out" == *"Hjulpet"* ]] \
  && [[ "$out" == *"Median antal dage fra modtaget til lukket: 0 (1 lukkede)"* ]] || fail "report: exit $code: $out"
out="$("$BIN" staff add ah "Aisha Hassan" --db "$IDB" && "$BIN" staff deactivate AH --db "$IDB" && "$BIN" staff --db "$IDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"AH     Aisha Hassan  (inactive)"* ]] && [[ "$out" == *"KM     Karen Madsen"* ]] || fail "staff: exit $code: $out"
out="$("$BIN" staff deactivate QQ --db "$IDB" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *"Unknown staff member 'QQ' (known: AH, KM, LS)"* ]] || fail "staff QQ: exit $code: $out"
out="$("$BIN" --db "$IDB" --staff XX </dev/null 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"unknown staff member 'XX' (known: KM, LS)"* ]] || fail "unknown staff: exit $code: $out"
end

# ---------------------------------------------------------------- command line

begin "no terminal and unknown TERM give a clear message and exit 1"
out="$(TERM=no-such-term "$BIN" --db "$WORK/cli.db" </dev/null 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *terminal* ]] || fail "no terminal: exit $code: $out"
end

begin "a bad import names the line and changes nothing"
DB="$WORK/import.db"
"$BIN" import associations "$ROOT/data/associations.csv" --db "$DB" >/dev/null || fail "demo import failed"
before="$(sqlite3 "$DB" 'select count(*) from associations')"
printf 'name;email\nGod Forening;god@forening.dk\nDårlig Forening;ikke-en-mail\n' >"$WORK/bad.csv"
out="$(LANG=da_DK.UTF-8 "$BIN" import associations "$WORK/bad.csv" --db "$DB" 2>&1)"; code=$?
after="$(sqlite3 "$DB" 'select count(*) from associations')"
[ $code -ne 0 ] && [[ "$out" == *"linje 3"* ]] && [[ "$out" == *email* ]] || fail "exit $code: $out"
[ "$before" = "$after" ] || fail "count changed from $before to $after"
end

begin "export then import round-trips without loss"
"$BIN" export associations --db "$DB" --out "$WORK/a.csv" && "$BIN" export activities --db "$DB" --out "$WORK/v.csv" || fail "export failed"
"$BIN" import associations "$WORK/a.csv" --db "$WORK/copy.db" >/dev/null && "$BIN" import activities "$WORK/v.csv" --db "$WORK/copy.db" >/dev/null || fail "re-import failed"
"$BIN" export associations --db "$WORK/copy.db" --out "$WORK/a2.csv" && "$BIN" export activities --db "$WORK/copy.db" --out "$WORK/v2.csv"
cmp -s "$WORK/a.csv" "$WORK/a2.csv" && cmp -s "$WORK/v.csv" "$WORK/v2.csv" || fail "exports differ after a round trip"
# A device is written as it is (no temporary file beside /dev/stdout), and a pipe never hangs.
out="$(timeout 10 "$BIN" export associations --db "$DB" --out /dev/stdout | head -1)"
[ "$out" = "$(head -1 "$WORK/a.csv")" ] || fail "--out /dev/stdout: $out"
end

begin "four processes book the same 200 slots: one booking per slot, no overlap"
BDB="$WORK/book.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$BDB" >/dev/null || fail "import $kind"; done
# 50 days × 4 touching hours (10–11, 11–12, 12–13, 13–14).
SLOTS="$WORK/slots.txt"
for d in $(seq 0 49); do
  day="$(date -d "2027-02-01 +$d days" +%F)"
  for h in 10 11 12 13; do echo "$day $h"; done
done >"$SLOTS"
for p in 1 2 3 4; do
  (
    shuf --random-source=<(yes "$p") "$SLOTS" | while read -r day h; do
      "$BIN" book --db "$BDB" --room "Mødelokale 2" --association "Hjørring Frivilligcenter" \
        --from "$day $h:00" --to "$day $((h + 1)):00" >/dev/null 2>&1
      echo $?
    done >"$WORK/codes.$p"
  ) &
done
wait
codes="$(cat "$WORK"/codes.* | sort | uniq -c | awk '{print $2 "=" $1}' | tr '\n' ' ')"
[ "$codes" = "0=200 3=600 " ] || fail "exit codes: $codes"
[ "$(sqlite3 "$BDB" "select count(*) from bookings where status = 'active'")" = 200 ] || fail "not 200 bookings"
overlaps="$(sqlite3 "$BDB" "select count(*) from bookings a join bookings b on a.room_id = b.room_id and a.id < b.id
  and a.status = 'active' and b.status = 'active' and a.starts_at < b.ends_at and b.starts_at < a.ends_at")"
[ "$overlaps" = 0 ] || fail "$overlaps overlapping pairs"
[ "$(sqlite3 "$BDB" "pragma integrity_check")" = ok ] || fail "integrity_check"
end

begin "skranke book: taken, invalid input and a skipped date have their own exit codes"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "Ældre Sagen Hjørring" --from "2027-02-01 10:30" --to "2027-02-01 11:30" 2>&1)"; code=$?
[ $code -eq 3 ] && [[ "$out" == *"already taken: Mon 01-02-2027 10:00–11:00 Hjørring Frivilligcenter"* ]] || fail "taken: exit $code: $out"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "Ældre Sagen Hjørring" --from "2027-02-01 21:00" --to "2027-02-01 23:00" 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"can only be booked 08:00–22:00"* ]] || fail "hours: exit $code: $out"
"$BIN" book --db "$BDB" --room "mødelokale 2" --association "Ældre Sagen Hjørring" --from "2027-04-05 14:00" --to "2027-04-05 15:00" >/dev/null || fail "one-off"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "Hjørring Frivilligcenter" --from "2027-03-29 14:00" --to "2027-03-29 15:30" --weekly-until 2027-04-12 2>&1)"; code=$?
[ $code -eq 3 ] || fail "series with a collision: exit $code: $out"
out="$("$BIN" book --db "$BDB" --room "mødelokale 2" --association "Hjørring Frivilligcenter" --from "2027-03-29 14:00" --to "2027-03-29 15:30" --weekly-until 2027-04-12 --skip-conflicts 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"2 time(s) 14:00–15:30: Mon 29-03-2027, Mon 12-04-2027"* ]] && [[ "$out" == *"Skipped (taken): Mon 05-04-2027 14:00–15:00 Ældre Sagen Hjørring"* ]] || fail "skip: exit $code: $out"
out="$("$BIN" export bookings --db "$BDB" --from 2027-03-29 --to 2027-04-12 2>&1)"; code=$?
[ $code -eq 0 ] && [ "$(printf '%s\n' "$out" | head -1 | tr -d '\r')" = "id,room,association,date,start,end,purpose,attendees,contact,fee,status,series,cancel_note" ] \
  && [[ "$out" == *",Frivilligcentret: Mødelokale 2,Hjørring Frivilligcenter,2027-04-05,14:00,15:30,,,,0,skipped,"* ]] || fail "export bookings: exit $code: $out"
out="$(LANG=da_DK.UTF-8 "$BIN" report bookings --db "$BDB" --from 2027-03-29 --to 2027-04-12 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Hjørring Frivilligcenter"*" 2     3,0"* ]] && [[ "$out" == *"I alt: 0 kr."* ]] || fail "report bookings: exit $code: $out"
out="$("$BIN" book --db "$BDB" --room "mødelokale" --association "Ældre Sagen Hjørring" --from "banan" --to "2027-02-01 23:00" 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"give a date and a time"* ]] || fail "bad date: exit $code: $out"
end

# ics_check DB ICS [WHERE]: the real parsers expand the export to exactly
# the active bookings (of the rows WHERE picks).
ics_check() {
  sqlite3 "$1" "select b.starts_at || '|' || b.ends_at || '|' || a.name
    || case when b.purpose = '' then '' else ': ' || b.purpose end
    from bookings b join associations a on a.id = b.association_id join rooms r on r.id = b.room_id
    where b.status = 'active' and (${3:-1})" >"$WORK/expected.txt"
  out="$("$SKRANKE_PYTHON" "$ROOT/Tests/EndToEnd/ics_check.py" "$2" "$WORK/expected.txt" 2>&1)" \
    || fail "ics_check: $out"
}

begin "export bookings --ics: a real parser reads it and expands it to exactly the bookings"
"$BIN" export bookings --ics --db "$BDB" --out "$WORK/all.ics" || fail "export --ics"
ics_check "$BDB" "$WORK/all.ics"
"$BIN" export bookings --ics --db "$BDB" --association "Ældre Sagen Hjørring" --out "$WORK/one.ics" || fail "--association"
ics_check "$BDB" "$WORK/one.ics" "a.name = 'Ældre Sagen Hjørring'"
grep -q "^EXDATE;TZID=Europe/Copenhagen:20270405T140000" "$WORK/all.ics" || fail "no EXDATE for the skipped date"
"$BIN" export bookings --ics --db "$BDB" --out "$WORK/again.ics"
[ "$(grep ^UID "$WORK/all.ics")" = "$(grep ^UID "$WORK/again.ics")" ] || fail "UIDs changed between exports"
out="$("$BIN" export bookings --ics --db "$BDB" --room "mødelokale" 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"several rooms match"* ]] || fail "ambiguous room: exit $code: $out"
out="$("$BIN" export bookings --ics --db "$BDB" --from 2027-01-01 2>&1)"; code=$?
[ $code -eq 2 ] && [[ "$out" == *"for CSV only"* ]] || fail "--from with --ics: exit $code: $out"
end

begin "F4: find a room for a weekly series with one taken date, book it skipping that date, cancel one"
RDB="$WORK/rooms.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$RDB" >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$RDB" >/dev/null
# "tir" is the next Tuesday after today, as skranke reads it; the third one is taken.
first="$(date -d "next tuesday" +%F)"
taken="$(date -d "$first +14 days" +%F)"
"$BIN" book --db "$RDB" --room "mødelokale 1" --association "Ældre Sagen Hjørring" \
  --from "$taken 19:30" --to "$taken 20:30" >/dev/null || fail "the booking in the way"
start rooms 100 30 LANG=da_DK.UTF-8 TERM=xterm-256color -- "$BIN" --db "$RDB" --staff KM
expect "Søg:" 10 && keys F4 && expect "Alle lokaler"
keys f && expect "Find et ledigt lokale"
keys -l "tir 19-21 10 gange" && keys Tab && keys -l "14" && keys Tab Space Tab Space
expect "passer, 10 datoer" && expect "- optaget 1 af 10:" && expect "19:30–20:30 Ældre Sagen Hjørring"
keys C-r
for _ in 1 2 3 4 5 6 7 8; do
  screen | grep -qF "▶ " && screen | grep -F "▶ " | grep -qF "Mødelokale 1" && break
  keys Down; sleep 0.05
done
expect "Frivilligcentret: Mødelokale 1" && keys Enter && expect "Book Frivilligcentret: Mødelokale 1"
keys -l "røde kors hj" && keys C-s && expect "1 af 10 datoer er optaget"
keys j && expect "Booket: Frivilligcentret: Mødelokale 1, 9 gange 19:00–21:00"
expect "Sprunget over: tir" && expect "·  Frivilligcentret: Mødelokale 1"
expect "Røde Kors" && expect "▶ 19:00–21:00 Røde Kors Hjørring · 14 pers. · fast booking"
keys x && expect "Annullér booking" && expect "‹ kun denne dato ›"
keys Tab && keys -l "Aflyst: juleferie" && keys C-s && expect "Annulleret: " && expect "Ledigt. Enter eller n: book her"
# Another desk books the Wednesday of the shown week; the view shows it by itself.
wednesday="$(date -d "$first +1 day" +%F)"
"$BIN" book --db "$RDB" --room "mødelokale 1" --association "Ældre Sagen Hjørring" \
  --from "$wednesday 10:00" --to "$wednesday 12:00" >/dev/null || fail "the other desk"
expect "Ældre Sag" 3
keys q && expect "EXIT:0" && expect_restored
counts="$(sqlite3 "$RDB" "select status || '=' || count(*) from bookings b join associations a on a.id = b.association_id
  where a.name = 'Røde Kors Hjørring' group by status order by status" | tr '\n' ' ')"
[ "$counts" = "active=8 cancelled=1 skipped=1 " ] || fail "bookings by status: $counts"
[ "$(sqlite3 "$RDB" "select b.cancel_note || '/' || s.initials from bookings b join staff s on s.id = b.cancelled_by")" = "Aflyst: juleferie/KM" ] \
  || fail "the cancellation's note and who"
"$BIN" export bookings --ics --db "$RDB" --room "mødelokale 1" --out "$WORK/room.ics" || fail "export --ics"
ics_check "$RDB" "$WORK/room.ics" "r.name = 'Frivilligcentret: Mødelokale 1'"
[ "$(grep -c '^EXDATE' "$WORK/room.ics")" = 1 ] && grep -q '^EXDATE.*,' "$WORK/room.ics" || fail "skipped and cancelled dates not one EXDATE list"
end

begin "the day's first start makes a checked backup; restore waits for every desk; erased stays erased"
KDB="$WORK/keep.db"
for kind in areas associations rooms; do "$BIN" import $kind "$ROOT/data/$kind.csv" --db "$KDB" --no-backup >/dev/null || fail "import $kind"; done
"$BIN" staff add KM "Karen Madsen" --db "$KDB" --no-backup >/dev/null
sqlite3 "$KDB" "INSERT INTO citizens(name, name_fold, seeking, note, consent_on, created_at, updated_at)
  VALUES ('Grethe Nielsen', 'grethe nielsen', 'volunteer', 'enke, vil gerne hjælpe', '2026-11-30', '2026-11-30 10:00', '2026-11-30 10:00')"
start keep 100 30 LANG=C.UTF-8 TERM=xterm-256color -- "$BIN" --db "$KDB" --staff KM
expect "Search:" 10
AUTO="$KDB.backups/auto-$(date +%F).db"
for _ in $(seq 1 100); do [ -e "$AUTO" ] && break; sleep 0.05; done
[ -n "$CURRENT" ] && [ "$(stat -c %a "$KDB.backups")/$(stat -c %a "$AUTO")" != "700/600" ] && fail "backup modes: $(stat -c %a "$KDB.backups" "$AUTO" 2>&1)"
[ -n "$CURRENT" ] && [ "$(sqlite3 "$AUTO" "pragma integrity_check; select count(*) from citizens")" != "$(printf 'ok\n1')" ] && fail "the automatic backup"
out="$("$BIN" backup "$WORK/manual.db" --db "$KDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Backup written: $WORK/manual.db"*"checked"* ]] || fail "backup: exit $code: $out"
out="$("$BIN" restore "$WORK/manual.db" --db "$KDB" --yes 2>&1)"; code=$?
[ $code -eq 4 ] && [[ "$out" == *"skranke still has $KDB open somewhere else"* ]] || fail "restore while open: exit $code: $out"
keys C-q && expect "EXIT:0"
out="$("$BIN" citizen erase 1 --yes --db "$KDB" 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"Erased: Grethe Nielsen"* ]] && [[ "$out" == *"1 automatic backup(s) still hold the person"* ]] || fail "erase: exit $code: $out"
out="$("$BIN" restore "$WORK/manual.db" --db "$KDB" --yes 2>&1)"; code=$?
[ $code -eq 0 ] && [[ "$out" == *"1 citizen(s) who had been erased were erased again"* ]] && [[ "$out" == *"The old database is kept as $KDB.before-restore-"* ]] || fail "restore: exit $code: $out"
[ "$(sqlite3 "$KDB" "select count(*) from citizens")" = 0 ] || fail "the erased citizen came back"
grep -qa "Grethe Nielsen" "$KDB" "$KDB-wal" 2>/dev/null && fail "the name is in the restored file"
grep -qa "Grethe" "$KDB.backups/erasures.log" && fail "the erasure log holds a name"
out="$("$BIN" settings auto-backup off --db "$KDB" 2>&1)"
[[ "$out" == *"auto-backup off"* ]] || fail "settings: $out"
end

begin "a file from a newer skranke is refused and left untouched"
sqlite3 "$WORK/newer.db" 'PRAGMA user_version=99; CREATE TABLE x(y);'
sum_before="$(md5sum <"$WORK/newer.db")"
out="$("$BIN" export associations --db "$WORK/newer.db" 2>&1)"; code=$?
[ $code -eq 1 ] && [[ "$out" == *newer* ]] && [ "$sum_before" = "$(md5sum <"$WORK/newer.db")" ] || fail "exit $code: $out"
end

echo "end-to-end: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
