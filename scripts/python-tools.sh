#!/usr/bin/env bash
# Prints the path of a Python that has the real iCalendar parsers the
# end-to-end tests check `skranke export bookings --ics` with. Made once, in
# .build/pytools (a virtual environment, so the system Python is untouched),
# from PyPI with pinned versions.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.build/pytools
if ! "$VENV/bin/python" -c 'import icalendar, recurring_ical_events' 2>/dev/null; then
  mkdir -p .build
  python3 -m venv "$VENV" >&2
  "$VENV/bin/pip" install -q --disable-pip-version-check \
    icalendar==7.3.0 recurring-ical-events==3.8.2 >&2
fi
echo "$PWD/$VENV/bin/python"
