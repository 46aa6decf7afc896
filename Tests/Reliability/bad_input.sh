#!/usr/bin/env bash
# A corpus of bad input, on the command line and in CSV files: every case
# pins its exit code and a part of its message, and the database's .dump
# must be exactly as it was afterwards.
source "$(dirname "$0")/lib.sh"
DB="$WORK/bad.db"
demo_db "$DB"
sqlite3 "$DB" "UPDATE associations SET active = 0 WHERE name = 'Café Hjertetræ'"
DAY="$(ahead 30)"
# One event with one sign-up, for the sign-up cases below.
"$BIN" event add --db "$DB" --no-backup --title "Førstehjælp" --kind kursus --room "store sal" \
  --from "$DAY 17:00" --to "$DAY 20:00" --capacity 12 >/dev/null || problem "event add"
"$BIN" event signup 1 --db "$DB" --no-backup --name "Ane Holm" --phone 20304050 >/dev/null || problem "signup"
BEFORE="$(sqlite3 "$DB" .dump)"
PAST="$(date -d "-3 days" +%F)"
printf 'not a backup\n' >"$WORK/notes.txt"
sqlite3 "$WORK/photos.sqlite" "CREATE TABLE photos(x); INSERT INTO photos VALUES (1);"
ln -s "$DB" "$WORK/link.db"
cp "$DB" "$WORK/link.db.kept"  # a live (WAL) skranke database, as a restore keeps one
cases=0
cli=0
csv=0
pinned=0
unchanged=0

# bad EXIT MESSAGE ARGS...: runs skranke on the database (with stdin empty).
bad() {
  local want="$1" message="$2"
  shift 2
  cases=$((cases + 1))
  local out code
  local db=(--db "$DB")
  [ "${NO_DB:-0}" = 1 ] && db=()
  out="$("$BIN" "${db[@]}" "$@" </dev/null 2>&1)"
  code=$?
  if [ "$code" = "$want" ] && [[ "$out" == *"$message"* ]]; then
    pinned=$((pinned + 1))
  else
    problem "skranke $*: exit $code (want $want): $out"
  fi
  local now
  now="$(sqlite3 "$DB" .dump)"
  if [ "$now" = "$BEFORE" ]; then
    unchanged=$((unchanged + 1))
  else
    problem "skranke $*: the database changed: $(diff <(echo "$BEFORE") <(echo "$now") | head -5)"
    BEFORE="$now"
  fi
}
cli() { cli=$((cli + 1)); bad "$@"; }

# badcsv KIND MESSAGE CONTENT: imports CONTENT (printf %b) as KIND; exit 1.
badcsv() {
  csv=$((csv + 1))
  printf '%b' "$3" >"$WORK/case.csv"
  bad 1 "$2" import "$1" "$WORK/case.csv"
}

book=(book --room "mødelokale 1" --association "Røde Kors Hjørring")

# ---- the command line
cli 2 "unknown command 'frobnicate'" frobnicate
cli 2 "unknown option --bogus" staff --bogus
cli 2 "usage: skranke import" import
cli 2 "usage: skranke import" import associations
cli 2 "usage: skranke import" import pets "$WORK/notes.txt"
cli 2 "usage: skranke export" export
cli 2 "--out needs a value" export associations --out
cli 2 "--months must be a whole number from 1 to 600, not '1523'" citizen retention --months 1523
cli 2 "--months must be a whole number from 1 to 600, not '0'" citizen retention --months 0
cli 2 "--months must be a whole number from 1 to 600, not '-5'" citizen retention --months -5
cli 2 "--months must be a whole number from 1 to 600, not '2000'" citizen erase-dormant --months 2000 --yes
cli 2 "--months must be a whole number from 1 to 600, not 'abc'" citizen retention --months abc
cli 2 "--citizen must be a whole number from 1 to 999999999, not '0'" match --citizen 0
cli 2 "--limit must be a whole number from 1 to 500, not '100000'" match --citizen 1 --limit 100000
cli 2 "usage: skranke match" match
cli 2 "ID must be a whole number from 1 to 999999999, not 'abc'" citizen export abc
cli 2 "usage: skranke citizen" citizen
cli 1 "No citizen with number 5." citizen erase 5 --yes
cli 2 "--phone: 8 digits" citizen erase --phone 12 --yes
cli 2 "--email: " citizen erase --email "not an address" --yes
cli 2 "--inquiry must be a whole number from 1 to 999999999, not '0'" citizen erase --inquiry 0 --yes
cli 1 "No inquiry #999." citizen erase --inquiry 999 --yes
cli 2 "usage: skranke citizen erase ID | --inquiry N" citizen erase --yes
cli 1 "Nothing stored about the person" citizen export --phone "11 22 33 44"
cli 2 "--year must be a whole number from 2000 to 2100" report --year 20266
cli 2 "--year must be a whole number from 2000 to 2100" report --year 1800
cli 2 "--csv must be a folder" report --year 2027 --csv "$WORK/notes.txt"
cli 1 "Cannot write $WORK/no-such-folder/report.html" report --html "$WORK/no-such-folder/report.html"
cli 2 "is the database itself" report --html "$DB"
cli 2 "--today must be a date with its year from 2000 to 2100" --today 25-03
cli 2 "--today must be a date with its year from 2000 to 2100" --today 1999-03-25
cli 2 "report does not take --today (see skranke help report)" report --today 2027-03-25
# Every command takes only the options it declares; none is given twice.
cli 2 "report bookings does not take --room (see skranke help report bookings)" report bookings --room "Store sal"
cli 2 "export inquiries does not take --association" export inquiries --association x
cli 2 "--year is given twice" report --year 2026 --year 2027
cli 2 "--yes is given twice" association delete "Røde Kors Hjørring" --yes --yes
cli 2 "staff add does not take --until" staff add LS "Lars Søgaard" --until 2027-01-01
cli 2 "skranke does not take --json" --json
cli 2 "bench does not take --db" bench
NO_DB=1 cli 2 "--db is given twice" report --db "$DB" --db "$DB"
NO_DB=1 cli 2 "help does not take --db" help --db "$DB"
cli 2 "usage: skranke staff list" staff sack KM
cli 2 "usage: skranke report bookings [--from DATE] [--to DATE] (see skranke help report bookings)" report bookings extra
NO_DB=1 cli 2 "no command is called 'frobnicate'" help frobnicate
cli 2 "usage: skranke report" report grants
cli 2 "--from: unknown date 'banan'" export applications --from banan
cli 2 "usage: skranke export referrals [--out FILE]" export referrals now
cli 2 "--from: unknown date 'banan'" export inquiries --from banan
cli 2 "--to is before --from" export inquiries --from 2026-12-01 --to 2026-11-01
cli 2 "usage: skranke book" book
cli 2 "--from: give a date and a time" "${book[@]}" --from "0026-05-05 10:00" --to "0026-05-05 11:00"
cli 2 "--from: give a date and a time" "${book[@]}" --from "0001-01-01 10:00" --to "0001-01-01 11:00"
cli 2 "that day has already passed" "${book[@]}" --from "$PAST 10:00" --to "$PAST 11:00"
cli 2 "add --past to record a booking made late" "${book[@]}" --from "$PAST 12:00" --to "$PAST 13:00"
cli 2 "--to must be on the same day as --from" "${book[@]}" --from "$DAY 10:00" --to "$(ahead 31) 11:00"
cli 2 "--attendees must be a whole number from 1 to 10000, not '0'" "${book[@]}" --from "$DAY 10:00" --to "$DAY 11:00" --attendees 0
cli 2 "--attendees must be a whole number from 1 to 10000" "${book[@]}" --from "$DAY 10:00" --to "$DAY 11:00" --attendees 99999999999999999999
cli 2 "too many attendees: the room holds 14" "${book[@]}" --from "$DAY 10:00" --to "$DAY 11:00" --attendees 500
cli 2 "unknown room 'nowhere'" book --room nowhere --association "Røde Kors Hjørring" --from "$DAY 10:00" --to "$DAY 11:00"
cli 2 "several rooms match 'mødelokale'" book --room mødelokale --association "Røde Kors Hjørring" --from "$DAY 10:00" --to "$DAY 11:00"
cli 2 "unknown association 'Ingen Forening'" book --room "mødelokale 1" --association "Ingen Forening" --from "$DAY 10:00" --to "$DAY 11:00"
cli 2 "the association 'Café Hjertetræ' is not active" book --room "mødelokale 1" --association "Café Hjertetræ" --from "$DAY 10:00" --to "$DAY 11:00"
cli 2 "the room can only be booked 08:00–22:00" "${book[@]}" --from "$DAY 21:00" --to "$DAY 23:00"
cli 2 "the end must be after the start" "${book[@]}" --from "$DAY 12:00" --to "$DAY 10:00"
cli 2 "--weekly-until: unknown date or before --from" "${book[@]}" --from "$DAY 10:00" --to "$DAY 11:00" --weekly-until "$(ahead 2)"
cli 2 "bookings can be made at most 2 years ahead" "${book[@]}" --from "$(ahead 900) 10:00" --to "$(ahead 900) 11:00"
cli 2 "purpose: holds a control character" "${book[@]}" --from "$DAY 10:00" --to "$DAY 11:00" --purpose $'Møde\e]0;x\a'
cli 2 "purpose: at most 200 characters" "${book[@]}" --from "$DAY 10:00" --to "$DAY 11:00" --purpose "$(printf 'x%.0s' $(seq 1 201))"
cli 2 "contact: holds a control character" "${book[@]}" --from "$DAY 10:00" --to "$DAY 11:00" --contact $'Jens\xc2\x9b2J'
cli 2 "usage: skranke event add --title TEXT --kind NAME" event add --kind kursus
cli 2 "unknown kind of event 'banan'" event add --title T --kind banan --place Torvet --from "$DAY 10:00" --to "$DAY 11:00" --capacity 5
cli 2 "choose either one of the centre's rooms or an outside address" event add --title T --kind fest --place Torvet --room "store sal" --from "$DAY 10:00" --to "$DAY 11:00" --capacity 5
cli 2 "choose either one of the centre's rooms or an outside address" event add --title T --kind fest --from "$DAY 10:00" --to "$DAY 11:00" --capacity 5
cli 2 "--capacity must be a whole number from 1 to 10000, not '0'" event add --title T --kind fest --place Torvet --from "$DAY 10:00" --to "$DAY 11:00" --capacity 0
cli 2 "the room only holds 40" event add --title T --kind fest --room "store sal" --from "$DAY 10:00" --to "$DAY 11:00" --capacity 41
cli 3 "already taken: " event add --title T --kind fest --room "store sal" --from "$DAY 18:00" --to "$DAY 19:00" --capacity 4
cli 2 "title: holds a control character" event add --title $'Kursus\e]0;x\a' --kind fest --place Torvet --from "$DAY 10:00" --to "$DAY 11:00" --capacity 5
cli 2 "title: is required" event add --title "  " --kind fest --place Torvet --from "$DAY 10:00" --to "$DAY 11:00" --capacity 5
cli 2 "that day has already passed" event add --title T --kind fest --place Torvet --from "$PAST 10:00" --to "$PAST 11:00" --capacity 5
cli 2 "the sign-up deadline must be on or before the first session" event add --title T --kind fest --place Torvet --from "$DAY 10:00" --to "$DAY 11:00" --capacity 5 --deadline "$(ahead 40)"
cli 2 "--price must be a whole number from 0 to 100000, not '-1'" event add --title T --kind fest --place Torvet --from "$DAY 10:00" --to "$DAY 11:00" --capacity 5 --price -1
cli 2 "unknown colleague 'ZZ'" event add --title T --kind fest --place Torvet --from "$DAY 10:00" --to "$DAY 11:00" --capacity 5 --staff ZZ
cli 1 "Event no. 999 does not exist." event show 999
cli 2 "N must be a whole number from 1 to" event show abc
cli 1 "Event no. 999 does not exist." event signup 999 --name "Bo"
cli 2 "name: is required" event signup 1 --name "  "
cli 2 "name: holds a control character" event signup 1 --name $'Bo\e[2J'
cli 2 "phone: 8 digits" event signup 1 --name Bo --phone 12
cli 2 "e-mail: " event signup 1 --name Bo --email "ikke en mail"
cli 2 "--seats must be a whole number from 1 to 1000, not '0'" event signup 1 --name Bo --seats 0
cli 2 "unknown association 'Ingen Forening'" event signup 1 --name Bo --association "Ingen Forening"
cli 1 "Ane Holm is signed up already. Sign up anyway? Type yes:" event signup 1 --name "A. Holm" --phone "20 30 40 50"
cli 2 "give --name or --phone" event cancel 1
cli 2 "give --name or --phone" event cancel 1 --name Ane --phone 20304050
cli 1 "no sign-up to the event matches 'Nobody'" event cancel 1 --name Nobody
cli 1 "no sign-up to the event matches 'Nobody'" event attended 1 --name Nobody
cli 1 "the event does not meet on" event attended 1 --name "Ane Holm" --date "$(ahead 31)"
cli 2 "name: is required" event kinds add "  "
cli 2 "usage: skranke staff" staff add KM
cli 1 "initials: 1–6 letters or digits" staff add "K M" "Karen Madsen"
cli 1 "initials: 1–6 letters or digits" staff add ABCDEFGH "Karen Madsen"
cli 1 "name: holds a control character" staff add LS $'Lars\e]0;x\a'
cli 1 "Unknown staff member 'ZZZ' (known: KM)." staff deactivate ZZZ
cli 1 "the word is required" interests add ""
cli 1 "the word is required" interests add "   "
cli 1 "the word holds a control character" interests add $'ord\e[2J'
cli 1 "Unknown interest 'nonexistent'." interests hide nonexistent
cli 2 "The target group's name is required" target-groups add "  "
cli 2 "The target group's name holds a control character" target-groups add $'x\e]0;t\a'
cli 2 "cannot hold , ; or |" target-groups add "Mor, far og børn"
cli 2 "No target group is called 'katte'" target-groups hide katte
cli 2 "usage: skranke target-groups" target-groups remove Handicap
cli 2 "usage: skranke overview" overview
cli 2 "--year must be a whole number from 2000 to 2100, not '20x6'" overview --year 20x6 --out "$WORK/site"
cli 2 "is a file, not a folder" overview --out "$WORK/notes.txt"
cli 2 "--lang must be da or en, not 'sv'" overview --lang sv --out "$WORK/site"
cli 2 "--title holds a control character" overview --title $'Oversigt\e[2J' --out "$WORK/site"
cli 2 "holds other things than an overview" overview --out "$WORK"
cli 2 "is the database itself" overview --out "$DB"
cli 2 "is the database itself (or its journal)" export associations --out "$DB"
cli 2 "is the database itself (or its journal)" export associations --out "$DB-wal"
cli 2 "is the database itself (or its journal)" export activities --out "$WORK/link.db"
cli 2 "is the database itself (or its journal)" export bookings --ics --out "$DB-shm"
cli 2 "is an SQLite database; skranke does not write an export over a database" export associations --out "$WORK/photos.sqlite"
cli 2 "is a folder; give a file name" export associations --out "$WORK"
cli 2 "--ics exports whole series; --from and --to are for CSV only" export bookings --ics --from 2027-01-01
cli 2 "choose either --room or --association" export bookings --ics --room a --association b
cli 2 "is the database itself (or its journal); choose another file for the copy" backup "$DB"
cli 2 "exists and is not a backup" backup "$WORK/notes.txt"
cli 2 "exists and is not a backup" backup "$WORK/photos.sqlite"
cli 2 "exists and is not a backup" backup "$WORK/link.db.kept"
cli 1 "Cannot read $WORK/nothing.db" restore "$WORK/nothing.db" --yes
cli 1 "is not an SQLite database. The database was not changed." restore "$WORK/notes.txt" --yes
cli 1 "is not a skranke database. The database was not changed." restore "$WORK/photos.sqlite" --yes
cli 1 "Nothing was changed." restore "$WORK/photos.sqlite"
cli 2 "usage: skranke settings" settings auto-backup maybe
cli 2 "usage: skranke settings" settings colour blue
cli 2 "unknown staff member 'XX' (known: KM)" --staff XX
cli 2 "unknown association 'Ukendt Forening'" association delete "Ukendt Forening" --yes
cli 2 "--until 01-01-2020 has passed; give the last day the colleague is away" staff away KM --until 01-01-2020
cli 2 "usage: skranke staff away INITIALS --until DATE (today or later)" staff away KM --until banan
cli 2 "\"fjerde\" is not understood" rooms find "tor 19-21 hver fjerde"
cli 2 "--people must be a whole number from 1 to 10000, not '0'" rooms find "tir 19-21" --people 0
cli 2 "--needs: unknown: jacuzzi" rooms find "tir 19-21" --needs jacuzzi
cli 2 "usage: skranke rooms find WHEN" rooms
cli 2 "usage: skranke rooms find WHEN" rooms find
cli 1 "unknown staff member" staff away XX --until +3
cli 2 "usage: skranke association delete NAME" association delete --yes
cli 1 "An association cannot be merged into itself." association merge "Røde Kors Hjørring" --into "Røde Kors Hjørring" --yes
NO_DB=1 cli 1 "Cannot open the database" staff list --db "$WORK/no/such/folder/x.db"

# ---- CSV files: all or nothing, every failing line named
badcsv rounds "no fund is called 'Ukendt'" 'fund,deadline\nUkendt,2027-04-15\n'
badcsv rounds "must be a date with its year" 'fund,deadline\n§ 18-puljen,fre\n'
badcsv rounds "is before the application deadline" 'fund,deadline,review_from\n§ 18-puljen,2027-04-15,2027-04-01\n'
badcsv associations "unknown column 'colour'" 'name,colour\nA,blå\n'
badcsv associations "the column 'name' is missing" 'area\nHjørring\n'
badcsv associations "the file is empty" ''
badcsv associations "line 2: a quote (\") is opened but never closed" 'name\n"Åben\n'
badcsv associations "line 2: text after a closing quote" 'name\n"A"B\n'
badcsv associations "line 3: 3 fields, but the header has 2" 'name,area\nA,Hjørring\nB,Hjørring,x\n'
badcsv associations "line 2: email: invalid e-mail" 'name,email\nNy Forening,ikke-en-mail\n'
badcsv associations "line 2: phone: 8 digits" 'name,phone\nNy Forening,1234\n'
badcsv associations "1 target group cannot be placed: 'Katte' (line 2; nearest: " 'name,target_groups\nNy Forening,Katte\n'
badcsv associations "line 2: active: 'måske' is neither yes nor no" 'name,active\nNy Forening,måske\n'
badcsv associations "line 3: 'ny forening' is also on line 2" 'name\nNy Forening\nny forening\n'
badcsv associations "line 3, column 7: the byte 0xE6 is not UTF-8" 'name\nNy Øforening\nAnden \xe6ble\n'
badcsv associations "line 2, column 2: the byte 0x81 is neither UTF-8 nor Windows-1252" 'name\nA\x81\n'
badcsv associations "line 2, column 4: a NUL character inside the text" 'name\nOnd\x00skab\n'
badcsv associations "UTF-16 without a byte-order mark" 'n\x00a\x00m\x00e\x00\n\x00X\x00\n\x00'
badcsv associations "line 2: name: holds a control character" 'name\n"Ond\x1b]0;HACKED\x07"\n'
badcsv associations "line 2: description: at most 10000 characters" "name,description\nLang,$(printf 'x%.0s' $(seq 1 10001))\n"
badcsv associations "3 lines have errors. Nothing was imported." 'name,email\nA,x\nB,y\nC,z\n'
badcsv activities "line 2: the association 'Ingen' does not exist" 'association,title\nIngen,Besøg\n'
badcsv activities "line 2: age_min: age: a number 0–120" 'association,title,age_min\nRøde Kors Hjørring,Besøg,130\n'
badcsv activities "line 2: age_max: minimum age is above maximum age" 'association,title,age_min,age_max\nRøde Kors Hjørring,Besøg,60,20\n'
badcsv activities "line 2: schedule: unknown time 'blå mandag'" 'association,title,schedule\nRøde Kors Hjørring,Besøg,blå mandag\n'
badcsv activities "line 2: kind: unknown kind 'hobby'" 'association,title,kind\nRøde Kors Hjørring,Besøg,hobby\n'
badcsv activities "line 2: open_places: count: a whole number" 'association,title,open_places\nRøde Kors Hjørring,Besøg,-1\n'
badcsv activities "line 3: 'Røde Kors Hjørring: besøg' is also on line 2" 'association,title\nRøde Kors Hjørring,Besøg\nRøde Kors Hjørring,besøg\n'
badcsv rooms "line 2: capacity: a whole number from 1 to 10000" 'name,capacity\nKælder,-4\n'
badcsv rooms "line 2: closes: closes before it opens" 'name,opens,closes\nKælder,18:00,09:00\n'
badcsv rooms "line 2: opens: unknown time '25:00'" 'name,opens\nKælder,25:00\n'
badcsv rooms "line 3: 'kælder' is also on line 2" 'name\nKælder\nkælder\n'
badcsv areas "line 2: neighbours: 'Sindal' cannot neighbour itself" 'area,neighbours\nSindal,Sindal\n'
badcsv areas "line 2: area: is required" 'area,neighbours\n ,Sindal\n'
badcsv areas "line 3: 'sindal' is also on line 2" 'area\nSindal\nsindal\n'
csv=$((csv + 1))
bad 1 "cannot read $WORK/none.csv" import associations "$WORK/none.csv"

echo "bad input: $cases cases ($cli command line, $csv CSV), $pinned with the pinned exit code and message, database unchanged after $unchanged"
[ "$FAILURES" -eq 0 ] && [ "$cases" -ge 60 ]
