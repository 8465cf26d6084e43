"""Other programs read our exports: icalendar (no recorded errors), vobject (stricter), and khal, which
imports each export and lists the same events."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date

import pytest
import vobject
from icalendar import Calendar
from test_ical_export import NOW, export, fill_register
from test_ical_recurring import occurrences

from desktop.exchange.ical.organiser import build_organiser_calendar
from desktop.models.occasions import Audience

VARIANTS = [(audience, recurring) for audience in (Audience.SHARED, Audience.MANAGER) for recurring in (False, True)]
KHAL = shutil.which("khal")


@pytest.fixture
def people(register):
    return fill_register(register)


def all_exports(register):
    for audience, recurring in VARIANTS:
        yield f"{audience.value}{'-recurring' if recurring else ''}", export(register, audience, recurring)
    yield "organiser", build_organiser_calendar(register, "fatima@example.nl", date(2026, 1, 1), date(2027, 12, 31),
                                                NOW)


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
