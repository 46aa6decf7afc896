"""Reads an iCalendar export with real parsers (icalendar, recurring-ical-events)
and checks it against the active bookings SQLite holds.

Usage: ics_check.py EXPORT.ics EXPECTED.txt
EXPECTED has one line per active booking: "YYYY-MM-DD HH:MM|YYYY-MM-DD HH:MM|SUMMARY".
Exit 0 when the expanded events are exactly those bookings, 1 otherwise.
"""
import datetime
import sys
import zoneinfo

import icalendar
import recurring_ical_events

path, expected_path = sys.argv[1], sys.argv[2]
raw = open(path, "rb").read()
problems = []

# RFC 5545 §3.1: CRLF line ends, lines at most 75 octets, valid UTF-8.
raw.decode("utf-8")
if b"\n" in raw.replace(b"\r\n", b""):
    problems.append("a line ends without CRLF")
for number, line in enumerate(raw.split(b"\r\n"), 1):
    if len(line) > 75:
        problems.append(f"line {number} is {len(line)} octets")

calendar = icalendar.Calendar.from_ical(raw)
if calendar.errors:
    problems.append(f"parser errors: {calendar.errors}")
for component in calendar.walk():
    if getattr(component, "errors", None):
        problems.append(f"{component.name}: {component.errors}")
events = calendar.walk("VEVENT")
for event in events:
    for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        if required not in event:
            problems.append(f"a VEVENT lacks {required}")
    start = event.decoded("DTSTART")
    if getattr(start.tzinfo, "key", str(start.tzinfo)) not in ("Europe/Copenhagen",):
        problems.append(f"{event['UID']}: DTSTART zone is {start.tzinfo}")
    if "RRULE" in event:
        until = event["RRULE"].get("UNTIL", [None])[0]
        if until is not None and until.tzinfo is None:
            problems.append(f"{event['UID']}: UNTIL is not in UTC")

zone = zoneinfo.ZoneInfo("Europe/Copenhagen")
seen = []
for occurrence in recurring_ical_events.of(calendar).between(
    datetime.datetime(2000, 1, 1, tzinfo=zone), datetime.datetime(2100, 1, 1, tzinfo=zone)
):
    start = occurrence.decoded("DTSTART").astimezone(zone)
    end = occurrence.decoded("DTEND").astimezone(zone)
    seen.append(
        f"{start:%Y-%m-%d %H:%M}|{end:%Y-%m-%d %H:%M}|{occurrence.get('SUMMARY')}"
    )
expected = [line for line in open(expected_path, encoding="utf-8").read().splitlines() if line]
if sorted(seen) != sorted(expected):
    missing = sorted(set(expected) - set(seen))
    extra = sorted(set(seen) - set(expected))
    problems.append(f"occurrences differ: missing {missing[:5]}, not booked {extra[:5]}")
    if len(seen) != len(set(seen)):
        problems.append("an occurrence appears twice")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"ok: {len(events)} events expand to {len(seen)} bookings")
