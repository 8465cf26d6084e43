"""Other programs read our exports: icalendar (no recorded errors), vobject (stricter), libical (the parser
and iTIP check under Evolution and GNOME Calendar), and khal and calcurse, which import each export and list
the same events — every occasion of a recurring export on its day, 29 February birthdays included."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar
from test_ical_export import END, NOW, START, export, fill_register
from test_ical_recurring import occurrences

from desktop.exchange.ical.organiser import build_organiser_calendar
from desktop.models.occasions import Audience

VARIANTS = [(audience, recurring) for audience in (Audience.SHARED, Audience.MANAGER) for recurring in (False, True)]
EXPORTS = [f"{audience.value}{'-recurring' if recurring else ''}" for audience, recurring in VARIANTS] + ["organiser"]
KHAL = shutil.which("khal")
CALCURSE = shutil.which("calcurse")
SYSTEM_PYTHON = "/usr/bin/python3"  # libical's bindings (python3-gi, gir1.2-ical-3.0) live there, not in the venv
LIBICAL_CHECK = Path(__file__).with_name("libical_check.py")


@pytest.fixture
def people(register):
    return fill_register(register)


def all_exports(register):
    for audience, recurring in VARIANTS:
        yield f"{audience.value}{'-recurring' if recurring else ''}", export(register, audience, recurring)
    yield "organiser", build_organiser_calendar(register, "fatima@example.nl", START, END, NOW)


def one_export(register, name: str) -> Calendar:
    return dict(all_exports(register))[name]


def shown(calendar: Calendar, start: date = START, end: date = END) -> list[tuple[str, str]]:
    """(day, summary) of every occurrence from `start` to `end`, as recurring-ical-events expands them."""
    import recurring_ical_events

    return sorted((event["DTSTART"].dt.isoformat(), str(event["SUMMARY"])) for event in
                  recurring_ical_events.of(calendar).between(start, date.fromordinal(end.toordinal() + 1)))


def test_icalendar_reads_every_export_without_errors(register, people):
    for name, calendar in all_exports(register):
        parsed = Calendar.from_ical(calendar.to_ical())
        components = list(parsed.walk())
        assert len(components) > 1, name
        for component in components:
            assert component.errors == [], (name, component.name, component.errors)


def test_vobject_reads_every_export(register, people):
    for name, calendar in all_exports(register):
        text = calendar.to_ical().decode("utf-8")
        [parsed] = list(vobject.readComponents(text, validate=True))
        events = parsed.contents.get("vevent", [])
        assert len(events) == len(calendar.events), name
        for event in events:
            assert event.dtstart.value < event.dtend.value
            assert event.uid.value.endswith("@social-calendar.invalid")
        organiser_alarms = [e for e in events if "valarm" in e.contents]
        assert (name == "organiser") == bool(organiser_alarms), name
        assert vobject.readOne(text).name == "VCALENDAR"


def run_khal(tmp_path, *args: str) -> str:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache"), "LC_ALL": "C.UTF-8",
           "TZ": "Europe/Amsterdam"}
    done = subprocess.run([KHAL, "-c", str(tmp_path / "khal.conf"), *args], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def khal_config(tmp_path) -> None:
    (tmp_path / "vdir").mkdir()
    (tmp_path / "khal.conf").write_text(f"""
[calendars]
[[office]]
path = {tmp_path / "vdir"}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Amsterdam
default_timezone = Europe/Amsterdam
[default]
default_calendar = office
[sqlite]
path = {tmp_path / "khal.db"}
""", encoding="utf-8")


@pytest.mark.skipif(KHAL is None, reason="khal (Debian package) is not installed")
@pytest.mark.parametrize("recurring", [False, True])
def test_khal_imports_the_export_and_lists_the_same_events(register, people, tmp_path, recurring):
    start, end = date(2026, 1, 1), date(2027, 12, 31)
    calendar = export(register, Audience.SHARED, recurring, start, end)
    ics = tmp_path / "shared.ics"
    ics.write_bytes(calendar.to_ical())
    khal_config(tmp_path)
    run_khal(tmp_path, "import", "--batch", "-a", "office", str(ics))
    listed = run_khal(tmp_path, "list", "--format", "{start-date}|{title}", "--day-format", "",
                      start.isoformat(), date.fromordinal(end.toordinal() + 1).isoformat())
    seen = sorted({tuple(line.split("|", 1)) for line in listed.splitlines() if "|" in line})
    import recurring_ical_events

    expected = sorted({(event["DTSTART"].dt.isoformat(), str(event["SUMMARY"])) for event in
                       recurring_ical_events.of(calendar).between(start, end)})
    assert len(expected) == len(occurrences(calendar, start, end)) > 20
    assert seen == expected


@functools.cache
def libical_missing() -> str:
    """Why libical cannot be asked here ("" when it can)."""
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        return f"{SYSTEM_PYTHON} is missing (libical is checked with the system Python's python3-gi)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import gi; gi.require_version('ICalGLib', '3.0'); "
                            "from gi.repository import ICalGLib"], capture_output=True, text=True, timeout=60,
                           check=False)
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no output"])[-1]
        return f"libical's bindings are not installed (Debian python3-gi, gir1.2-ical-3.0): {last}"
    return ""


def libical_report(*paths: Path) -> dict:
    """libical's word on the files: components checked by kind, and every problem (see libical_check.py)."""
    if libical_missing():
        pytest.skip(libical_missing())
    done = subprocess.run([SYSTEM_PYTHON, str(LIBICAL_CHECK), *map(str, paths)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_libical_finds_no_problem_in_any_export(register, people, tmp_path):
    files, events, alarms = [], 0, 0
    for name, calendar in all_exports(register):
        files.append(tmp_path / f"{name}.ics")
        files[-1].write_bytes(calendar.to_ical())
        events += len(calendar.events)
        alarms += len(list(calendar.walk("VALARM")))
    report = libical_report(*files)
    assert report["problems"] == []
    # It read every event, and the organiser's reminders.
    assert report["components"] == {"VCALENDAR": len(EXPORTS), "VEVENT": events, "VALARM": alarms}
    assert alarms > 0


def test_libical_reports_what_would_fail_an_import(register, people, tmp_path):
    """The check can fail: METHOD:PUBLISH without ORGANIZER (what every export said before), a broken rule."""
    text = one_export(register, "organiser").to_ical().decode()
    published = tmp_path / "published.ics"
    published.write_text(text.replace("CALSCALE:GREGORIAN\r\n", "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n"),
                         encoding="utf-8")
    recurring = one_export(register, "shared-recurring").to_ical().decode()
    broken = tmp_path / "broken.ics"
    broken.write_text(recurring.replace("RRULE:FREQ=YEARLY\r\n", "RRULE:FREQ=YEARLY;BYMONTHDAY=first\r\n", 1),
                      encoding="utf-8")
    report = libical_report(published, broken)
    problems = [(Path(p["file"]).name, p["component"], p["problem"].split(".")[0]) for p in report["problems"]]
    assert problems == [("published.ics", "VEVENT", "Failed iTIP restrictions for ORGANIZER property"),
                        ("broken.ics", "VEVENT", "Can't parse as RECUR value in RRULE property")]


def run_calcurse(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """calcurse with its configuration and data in `tmp_path`, dates written and read as ISO dates."""
    env = {**os.environ, "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "LC_ALL": "C.UTF-8",
           "TZ": "Europe/Amsterdam"}
    return subprocess.run([CALCURSE, "-C", str(tmp_path / "calcurse-config"), "-D", str(tmp_path / "calcurse"),
                           "--input-datefmt", "4", "--output-datefmt", "%Y-%m-%d", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def calcurse_days(tmp_path: Path, calendar: Calendar, start: date = START, end: date = END) -> list[tuple[str, str]]:
    """Import the calendar into an empty calcurse and list (day, summary) of everything it shows."""
    ics = tmp_path / "import.ics"
    ics.write_bytes(calendar.to_ical())
    imported = run_calcurse(tmp_path, "-i", str(ics))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    # "0 apps / 41 events / 0 todos / 0 skipped": every event taken, none skipped.
    assert re.search(rf"\b0 apps / {len(calendar.events)} events? / 0 todos / 0 skipped\b", imported.stdout), \
        imported.stdout
    listed = run_calcurse(tmp_path, "--read-only", "-Q", "--from", start.isoformat(), "--to", end.isoformat(),
                          "--format-event", "%m\n", "--format-recur-event", "%m\n")
    assert listed.returncode == 0, listed.stderr
    found, day = [], None
    for line in listed.stdout.splitlines():
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}:", line):
            day = line[:-1]
        elif line.strip():
            found.append((day, line))
    return sorted(found)


@pytest.mark.skipif(CALCURSE is None, reason="calcurse (Debian package) is not installed")
@pytest.mark.parametrize("name", EXPORTS)
def test_calcurse_imports_every_export_and_shows_every_occasion(register, people, tmp_path, name):
    calendar = one_export(register, name)
    expected = shown(calendar)
    assert len(expected) > (20 if name != "organiser" else 0)
    assert calcurse_days(tmp_path, calendar) == expected  # each on its day, none twice, none missing


@pytest.mark.skipif(CALCURSE is None, reason="calcurse (Debian package) is not installed")
def test_calcurse_shows_29_february_birthdays_every_year(register, people, tmp_path):
    """Lea celebrates on 28 February in common years, Maarten on 1 March; 2028 is a leap year."""
    days = calcurse_days(tmp_path, one_export(register, "shared-recurring"), date(2027, 1, 1), date(2029, 12, 31))
    assert [(day, summary) for day, summary in days if summary.startswith(("Lea S", "Maarten M"))] == [
        ("2027-02-28", "Lea Schrikkel 35 years"), ("2027-03-01", "Maarten Maart 39 years"),
        ("2028-02-29", "Lea Schrikkel 36 years"), ("2028-02-29", "Maarten Maart 40 years"),
        ("2029-02-28", "Lea Schrikkel 37 years"), ("2029-03-01", "Maarten Maart 41 years")]
    assert Counter(summary for _, summary in days if summary.startswith("Birthday of Fatima")) == {
        "Birthday of Fatima El Amrani": 3}  # the yearly series, expanded by calcurse itself
