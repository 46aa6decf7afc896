#!/usr/bin/env bash
# Hostile text in every field skranke shows or writes (stored as an older
# skranke or another program could have stored it), then every output is
# read back: the terminal (command line and the TUI in tmux), CSV, iCalendar,
# JSON and the annual overview's HTML. Nothing may reach its reader raw; CSV
# cells never start a formula; JSON keeps every value exactly; no page holds
# a script, an event attribute or a javascript: link.
source "$(dirname "$0")/lib.sh"
CHECK="$(dirname "$0")/bytes_check.py"
DB="$WORK/inject.db"
demo_db "$DB"
# SQL for each vector: escape sequences (OSC title and clipboard, CSI, DCS,
# APC), C1 controls, other C0 controls, DEL, bidirectional controls, an
# emoji family joined by ZWJ, formula starters, a line separator.
V=(
  "char(27)||']0;PWNED'||char(7)" "char(27)||']2;PWNED'||char(27)||'\\'"
  "char(27)||']52;c;cm0gLXJmIH4='||char(7)" "char(27)||'[2J'" "char(27)||'[Htop'"
  "char(27)||'[31mred'" "char(27)||'P1\$r'||char(27)||'\\'" "char(27)||'_apc'||char(27)||'\\'"
  "char(155)||'2J'" "char(157)||'0;x'||char(156)" "char(7)||'bell'" "char(8)||char(8)||'bs'"
  "char(13)||'over'" "char(11)||char(12)||'vtff'" "char(127)||'del'" "char(1)||'soh'"
  "char(8238)||'txet'" "char(8294)||'iso'||char(8297)" "char(8207)||'rlm'" "char(1564)||'alm'"
  "'👨'||char(8205)||'👩'||char(8205)||'👧'" "'=cmd|'' /C calc''!A0'" "'+SUM(1)'" "'-2+3'"
  "'@SUM(A1)'" "char(9)||'tab'" "char(13)||'cr'" "char(8232)||'ls'"
  "'<script>alert(1)</script>'" "'\"><img src=x onerror=alert(1)>'" "'javascript:alert(1)'"
  "'&amp; <b>&'"
)
N=${#V[@]}
{
  echo "name,area,contact_person"
  for i in $(seq -w 1 "$N"); do echo "Vektor $i,Hjørring,Kontakt"; done
} >"$WORK/vectors.csv"
{
  echo "association,title,kind,area"
  for i in $(seq -w 1 "$N"); do echo "Vektor $i,Aktivitet $i,frivilligjob,Hjørring"; done
} >"$WORK/vector-activities.csv"
"$BIN" import associations "$WORK/vectors.csv" --db "$DB" --no-backup >/dev/null || problem "import"
"$BIN" import activities "$WORK/vector-activities.csv" --db "$DB" --no-backup >/dev/null || problem "import"
for i in $(seq 1 "$N"); do
  day="$(ahead $((i % 6 + 1)))"
  h=$((8 + i % 13))
  "$BIN" book --db "$DB" --no-backup --room "Store sal" --association "Vektor $(printf %02d "$i")" \
    --from "$day $h:00" --to "$day $h:30" >/dev/null || problem "book $i"
done
sql=""
for i in $(seq 1 "$N"); do
  v="${V[$((i - 1))]}"
  n="$(printf %02d "$i")"
  sql+="UPDATE associations SET name = 'Vektor $n ' || $v, description = $v, contact_person = $v,
          address = $v, website = $v, email = $v WHERE name = 'Vektor $n';
        UPDATE activities SET title = 'Aktivitet $n ' || $v, description = $v
          WHERE title = 'Aktivitet $n';
        UPDATE bookings SET purpose = $v, contact = $v WHERE id = (SELECT b.id FROM bookings b
          JOIN associations a ON a.id = b.association_id WHERE a.name LIKE 'Vektor $n%');
        INSERT INTO staff(initials, name) VALUES ('V$n', 'Medarbejder ' || $v);
        INSERT INTO interests(name, name_fold, sort_key) VALUES ('interesse $n ' || $v,
          'interesse $n', 'interesse $n');
        INSERT INTO citizens(name, name_fold, seeking, note, consent_on, created_at, updated_at,
          interests) VALUES ($v, 'borger $n', 'volunteer', $v, '2026-11-30', '2026-11-30 10:00',
          '2026-11-30 10:00', 'interesse $n ' || $v);
        INSERT INTO inquiry_categories(name_da, name_en, name_fold, sort)
          VALUES ('Kategori $n ' || $v, 'Category $n ' || $v, 'kategori $n', 100 + $i);
        INSERT INTO inquiries(received_at, channel, asker_kind, asker_name, category_id, text,
          owner_id, received_by, status, follow_up) VALUES ('$(date +%F) 10:00', 'walk_in',
          'citizen', $v, (SELECT max(id) FROM inquiry_categories), $v, 1, 1, 'open', '2027-01-04');
        UPDATE rooms SET notes = $v WHERE id = $(( (i - 1) % 8 + 1 )) AND $i <= 8;
        INSERT INTO funds(name, name_fold, sort_key, grantor, criteria, url)
          VALUES ('Pulje $n ' || $v, 'pulje $n', 'pulje $n', $v, $v, $v);
        INSERT INTO fund_rounds(fund_id, deadline, note)
          VALUES ((SELECT max(id) FROM funds), '2027-04-15', $v);
        INSERT INTO grant_applications(round_id, association_id, purpose, amount_applied,
          helper_id, status, created_at) VALUES ((SELECT max(id) FROM fund_rounds),
          (SELECT id FROM associations WHERE name LIKE 'Vektor $n%'), 'Formål ' || $v, 1000, 1,
          'writing', '2026-11-30 10:00');
        INSERT INTO referrals(citizen_id, activity_id, referred_on, staff_id, status, updated_at)
          VALUES ((SELECT max(id) FROM citizens),
          (SELECT id FROM activities WHERE title LIKE 'Aktivitet $n%'), '$(date +%F)', 1,
          'started', '2026-11-30 10:00');"
done
sqlite3 "$DB" "$sql" || problem "storing the vectors"
sqlite3 "$DB" "SELECT json_group_array(note) FROM citizens" >"$WORK/expected.json"

outputs=0
raw=0
check() {  # check MODE FILE [EXPECTED]: one output read back
  outputs=$((outputs + 1))
  local count
  count="$(python3 "$CHECK" "$@" 2>"$WORK/why.txt" | head -1)"
  if [ "$count" != 0 ]; then
    raw=$((raw + ${count:-1}))
    problem "$1 output $(basename "$2"): ${count:-?} problems: $(cat "$WORK/why.txt")"
  fi
}
run() {  # run NAME ARGS...: skranke's standard output and error into NAME
  local name="$1"
  shift
  "$BIN" "$@" --db "$DB" --no-backup >"$WORK/$name" 2>&1 </dev/null
}

# ---- the command line, as a person reads it in a terminal
run staff.txt staff list && check terminal "$WORK/staff.txt"
run interests.txt interests list && check terminal "$WORK/interests.txt"
run citizens.txt citizen list && check terminal "$WORK/citizens.txt"
for i in $(seq 1 "$N"); do run "record-$i.txt" citizen export "$i"; done
cat "$WORK"/record-*.txt >"$WORK/records.txt" && check terminal "$WORK/records.txt"
run match.txt match --citizen 1 --limit 50 && check terminal "$WORK/match.txt"
run report.txt report bookings && check terminal "$WORK/report.txt"
run year.txt report && check terminal "$WORK/year.txt"
taken="$(sqlite3 "$DB" "SELECT starts_at FROM bookings ORDER BY id LIMIT 1")"
run taken.txt book --room "Store sal" --association "Røde Kors Hjørring" \
  --from "$taken" --to "${taken% *} 23:00"
check terminal "$WORK/taken.txt"
hostile="$WORK/$(printf 'ond\033]0;PWNED\007.csv')"
cp "$WORK/vectors.csv" "$hostile"
run echo.txt import associations "$hostile"
check terminal "$WORK/echo.txt"
# ---- files
for kind in associations activities rooms inquiries bookings funds rounds referrals applications; do
  run "$kind.csv" export "$kind" && check csv "$WORK/$kind.csv"
done
run bookings.ics export bookings --ics && check ics "$WORK/bookings.ics"
if run overview.txt overview --out "$WORK/site"; then
  check terminal "$WORK/overview.txt"
  for page in "$WORK/site/index.html" "$WORK/site/hefte.html" "$WORK"/site/foreninger/vektor-*.html; do
    check html "$page"
  done
  pages=$(ls "$WORK"/site/foreninger/vektor-*.html | wc -l)
  [ "$pages" = "$N" ] || problem "overview: $pages pages for $N hostile associations"
  outputs=$((outputs - pages - 2 + 1))  # the site counts as one output
else
  problem "overview: $(cat "$WORK/overview.txt")"
fi
# The annual report: as text, one CSV per table and the printed page (the
# hostile names are associations, activities, rooms, funds and categories).
run year-2027.txt report --year 2027 && check terminal "$WORK/year-2027.txt"
if run year.txt report --year "$(date +%Y)" --csv "$WORK/year-csv" --html "$WORK/year.html"; then
  for table in "$WORK"/year-csv/*.csv; do check csv "$table"; done
  check html "$WORK/year.html"
  outputs=$((outputs - $(ls "$WORK"/year-csv/*.csv | wc -l) + 1))  # the tables count as one
  grep -q "Vektor" "$WORK/year-csv/rooms_by_association.csv" || problem "report: no hostile name in the tables"
else
  problem "report --csv --html: $(cat "$WORK/year.txt")"
fi
run match.json match --citizen 1 --json --limit 50 && check json "$WORK/match.json"
for i in $(seq 1 "$N"); do run "record-$i.json" citizen export "$i" --json; done
python3 - "$WORK" "$N" <<'EOF' >"$WORK/records.json"
import json, sys
print(json.dumps([json.load(open(f"{sys.argv[1]}/record-{i}.json")) for i in range(1, int(sys.argv[2]) + 1)]))
EOF
check json "$WORK/records.json" "$WORK/expected.json"

# ---- the TUI in a real terminal: the title never changes, no OSC is sent
SOCK="$WORK/tmux.sock"
tmux -S "$SOCK" -f /dev/null new-session -d -x 120 -y 40 -e LANG=C.UTF-8 -e TERM=xterm-256color \
  "sh -c '\"$BIN\" --db \"$DB\" --staff KM --no-backup; exec sleep 60'" </dev/null
tui_ok=0
screen_has() {
  for _ in $(seq 1 150); do
    tmux -S "$SOCK" capture-pane -p | grep -qF -- "$1" && return 0
    sleep 0.03
  done
  return 1
}
screen_has "My follow-ups" && tmux -S "$SOCK" send-keys F1
if screen_has "Search:" && tmux -S "$SOCK" send-keys vektor && screen_has "Vektor 01"; then
  tmux -S "$SOCK" send-keys F4
  screen_has "All rooms" && sleep 0.2
  tmux -S "$SOCK" send-keys F2
  screen_has "Mine" && sleep 0.2
  title="$(tmux -S "$SOCK" display -p '#{pane_title}')"
  tmux -S "$SOCK" send-keys F1
  screen_has "Vektor 01" && tmux -S "$SOCK" capture-pane -p -e >"$WORK/tui.txt"
  if [[ "$title" == *PWNED* ]] || grep -q $'\e\]' "$WORK/tui.txt" || ! grep -qF "␛]0;PWNED␇" "$WORK/tui.txt"; then
    problem "TUI: title '$title' or an OSC sequence reached the terminal"
  else
    tui_ok=1
  fi
else
  problem "TUI did not show the list: $(tmux -S "$SOCK" capture-pane -p | head -5)"
fi
tmux -S "$SOCK" kill-server 2>/dev/null
outputs=$((outputs + 1))

echo "injection: $N vectors in 22 fields, $outputs outputs (11 terminal, 9 CSV exports and the report's tables, 1 iCalendar, 2 JSON, the overview's and the report's HTML, the TUI in tmux), $raw unsafe bytes, live formula cells or active HTML, $((1 - tui_ok)) TUI title changes"
[ "$FAILURES" -eq 0 ]
