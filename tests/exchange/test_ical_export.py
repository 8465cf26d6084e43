"""The iCalendar export: headers, events, stable UIDs, summaries in the UI's language, the manager's plans,
and privacy of the shared calendar (scanned for every private field)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from support.register_data import NOW, fill_register

from desktop.exchange.ical.export import ExportOptions, build_calendar, default_period
from desktop.models.occasions import Audience

START, END = date(2026, 1, 1), date(2035, 12, 31)
PRIVATE = ("SECRET-LIKES", "SECRET-DIET", "SECRET-NOTES", "PLAN-WHAT", "PLAN-NOTES")


@pytest.fixture
def people(register):
    return fill_register(register)


def export(register, audience=Audience.SHARED, recurring=False, start=START, end=END) -> Calendar:
    return build_calendar(register, ExportOptions(start, end, audience, recurring), NOW)


def summaries(calendar: Calendar) -> dict[str, str]:
    return {str(e["UID"]): str(e["SUMMARY"]) for e in calendar.events}


def test_the_calendar_header(register, people):
    text = export(register).to_ical().decode()
    for line in ("VERSION:2.0", "PRODID:-//Social Calendar//Social Calendar 0.1//EN", "CALSCALE:GREGORIAN",
                 "X-WR-CALNAME:Colleagues' birthdays and anniversaries",
                 "REFRESH-INTERVAL;VALUE=DURATION:P1D", "X-PUBLISHED-TTL:P1D"):
        assert f"\r\n{line}\r\n" in text
    assert "\r\nMETHOD:" not in text  # a snapshot, not an iTIP message (see new_calendar)


def test_every_event_is_all_day_free_time_with_a_utc_stamp(register, people):
    calendar = export(register, Audience.MANAGER)
    assert len(calendar.events) > 50
    for event in calendar.events:
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is date
        assert (end - start).days == 1
        assert event["DTSTAMP"].dt == NOW
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert event["UID"].endswith("@social-calendar.invalid")
    assert "DTSTAMP:20261128T093000Z" in calendar.to_ical().decode()


def test_uids_are_stable_and_unique(register, people):
    first = export(register)
    again = build_calendar(register, ExportOptions(START, END), datetime(2030, 1, 1, tzinfo=UTC))
    uids = [str(e["UID"]) for e in first.events]
    assert len(uids) == len(set(uids))
    assert uids == [str(e["UID"]) for e in again.events]
    jan = people["Jan"]
    assert f"birthday-{jan.id}-2026-12-05@social-calendar.invalid" in uids
    # An overlapping period names the same occasion the same way.
    assert f"birthday-{jan.id}-2026-12-05@social-calendar.invalid" in summaries(
        export(register, start=date(2026, 12, 1), end=date(2026, 12, 31)))


def test_summaries_and_categories(register, people):
    calendar = export(register, Audience.SHARED, start=date(2026, 1, 1), end=date(2027, 12, 31))
    by_uid = summaries(calendar)
    jan, fatima = people["Jan"], people["Fatima"]
    assert by_uid[f"birthday-{jan.id}-2026-12-05@social-calendar.invalid"] == "Jan de Vries 50 years — Abraham/Sarah"
    assert by_uid[f"work_anniversary-{jan.id}-2026-06-01@social-calendar.invalid"] == \
        "Jan de Vries 25 years of service — silver jubilee"
    assert by_uid[f"birthday-{fatima.id}-2027-03-14@social-calendar.invalid"] == "Fatima El Amrani 37 years"
    categories = {str(e["SUMMARY"]): [str(c) for c in e["CATEGORIES"].cats] for e in calendar.events}
    assert categories["Jan de Vries 50 years — Abraham/Sarah"] == ["Birthday"]
    assert categories["Jan de Vries 25 years of service — silver jubilee"] == ["Work anniversary"]
    assert categories["Birth of Yara: Fatima El Amrani"] == ["Birth"]
    assert categories["Summer outing"] == ["Other occasion"]


def test_summaries_follow_the_ui_language(register, people, qapp):
    from desktop.i18n import install_translations

    install_translations(qapp, "nl")
    calendar = export(register, start=date(2026, 1, 1), end=date(2026, 12, 31))
    jan = people["Jan"]
    assert summaries(calendar)[f"birthday-{jan.id}-2026-12-05@social-calendar.invalid"] == \
        "Jan de Vries 50 jaar — Abraham/Sarah"
    assert str(calendar["X-WR-CALNAME"]) == "Verjaardagen en jubilea van collega's"
    assert "Verjaardag" in [str(c) for e in calendar.events for c in e["CATEGORIES"].cats]


def test_control_characters_never_reach_the_file(register, people):
    for audience in Audience:
        data = export(register, audience).to_ical()
        assert not any(byte < 32 and byte not in (10, 13) for byte in data)
        # Line breaks only as the format's own CRLF line endings.
        assert b"\r" not in data.replace(b"\r\n", b"")
        assert b"\n" not in data.replace(b"\r\n", b"")
    october = export(register, start=date(2026, 10, 1), end=date(2026, 10, 1))
    assert "Eva Smit Jr 31 years" in summaries(october).values()


def test_the_shared_calendar_keeps_every_private_field_out(register, people):
    for recurring in (False, True):
        calendar = export(register, Audience.SHARED, recurring)
        text = calendar.to_ical().decode()
        for marker in PRIVATE:
            assert marker not in text
        for hidden in ("Sanne", "Stil", "Niels", "Nee"):  # quiet and no-consent colleagues
            assert hidden not in text
        assert "DESCRIPTION" not in text
        assert "€" not in text
        assert "Budget" not in text
        hidde = {str(e["SUMMARY"]) for e in calendar.events
                 if "Verborgen" in e["SUMMARY"] and "service" not in e["SUMMARY"]}  # show age: no
        assert hidde == {"Birthday of Hidde Verborgen"}


def test_the_manager_calendar_has_the_quiet_colleague_and_the_plan(register, people):
    calendar = export(register, Audience.MANAGER, start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert str(calendar["X-WR-CALNAME"]) == "Colleagues' occasions (manager)"
    jan = people["Jan"]
    [plan] = [e for e in calendar.events if e["UID"] == f"birthday-{jan.id}-2026-12-05@social-calendar.invalid"]
    description = str(plan["DESCRIPTION"])
    assert "Celebrate on 04-12-2026" in description
    assert "Plan: PLAN-WHAT cake and a gift" in description
    assert "Organisers: Fatima El Amrani, Sanne Stil" in description
    assert "Budget: €50.00" in description
    assert "Status: Planned" in description
    assert "Notes: PLAN-NOTES buy flowers" in description
    quiet = [e for e in calendar.events if "Sanne Stil" in e["SUMMARY"]]
    assert quiet
    assert all("Quiet" in str(e["DESCRIPTION"]) for e in quiet)
    assert "Niels" not in calendar.to_ical().decode()


def test_default_period_is_today_to_a_year_ahead():
    assert default_period(date(2026, 11, 28)) == (date(2026, 11, 28), date(2027, 11, 27))
    assert default_period(date(2028, 2, 29)) == (date(2028, 2, 29), date(2029, 2, 28))


# -- the command line ---------------------------------------------------------------------------
def run_cli(*argv):
    from desktop.cli import main

    return main([str(arg) for arg in argv])


def test_export_ical_command(register, people, db_path, tmp_path, capsys):
    out = tmp_path / "shared.ics"
    code = run_cli("export-ical", "--db", db_path, "--out", out, "--from", "2026-01-01", "--to", "2026-12-31",
                   "--format", "json")
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    calendar = Calendar.from_ical(out.read_bytes())
    assert report["events"] == len(calendar.events) > 5
    assert "Sanne" not in out.read_text(encoding="utf-8")
    manager = tmp_path / "manager.ics"
    assert run_cli("export-ical", "--db", db_path, "--out", manager, "--audience", "manager", "--recurring",
                   "--lang", "nl") == 0
    text = manager.read_text(encoding="utf-8")
    assert "Sanne Stil" in text
    assert "RRULE:FREQ=YEARLY" in text


def test_export_ical_refuses_bad_input_and_changes_nothing(register, people, db_path, tmp_path, capsys):
    out = tmp_path / "x.ics"
    assert run_cli("export-ical", "--db", db_path, "--out", out, "--from", "2027-01-01", "--to", "2026-01-01") == 2
    assert run_cli("export-ical", "--db", db_path, "--out", out, "--organiser", "nobody@example.nl") == 1
    assert "nobody@example.nl" in capsys.readouterr().err
    assert run_cli("export-ical", "--db", tmp_path / "missing.sqlite", "--out", out) == 1
    assert not (tmp_path / "missing.sqlite").exists()
    assert not out.exists()
    assert run_cli("export-ical", "--db", db_path, "--out", tmp_path / "no" / "such" / "dir.ics") == 1
