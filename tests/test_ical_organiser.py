"""An organiser's own calendar: their celebrations from the stored plans, with a reminder the policy's lead
time before each."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from test_ical_export import NOW, fill_register

from desktop.exchange.ical.organiser import UnknownOrganiser, build_organiser_calendar
from desktop.models.celebration import MONTHLY_TREAT_KIND, Celebration, Organiser, Status
from desktop.store.celebrations import Celebrations


@pytest.fixture
def people(register):
    people = fill_register(register)
    plans = Celebrations(register.db)
    vera, fatima, onno = people["Vera"], people["Fatima"], people["Onno"]
    plans.save(Celebration(None, f"birthday-{vera.id}-2027-08-08", "birthday", vera.id, date(2027, 8, 8),
                           date(2027, 8, 9), "cake", budget_cents=500, organisers=(Organiser(fatima.id),)))
    plans.save(Celebration(None, f"birthday-{onno.id}-2027-07-07", "birthday", onno.id, date(2027, 7, 7),
                           date(2027, 7, 7), "skipped", status=Status.SKIPPED, organisers=(Organiser(fatima.id),)))
    plans.save(Celebration(None, "monthly_treat-2027-03", MONTHLY_TREAT_KIND, None, date(2027, 3, 1),
                           date(2027, 3, 25), "Cake for March", organisers=(Organiser(fatima.id),)))
    return people


def test_the_organisers_celebrations_with_reminders(register, people):
    calendar = build_organiser_calendar(register, " Fatima@Example.NL ", date(2026, 1, 1), date(2027, 12, 31), NOW)
    assert str(calendar["X-WR-CALNAME"]) == "Celebrations organised by Fatima El Amrani"
    events = {str(e["SUMMARY"]): e for e in calendar.events}
    assert sorted(events) == ["Celebration: Jan de Vries 50 years — Abraham/Sarah", "Celebration: Monthly treat",
                              "Celebration: Vera Vertrek 57 years"]
    jan = events["Celebration: Jan de Vries 50 years — Abraham/Sarah"]
    assert jan["DTSTART"].dt == date(2026, 12, 4)  # the celebration day, not the birthday
    description = str(jan["DESCRIPTION"])
    assert "Together with: Sanne Stil" in description
    assert "Fatima" not in description
    assert "Occasion: Jan de Vries 50 years — Abraham/Sarah on 05-12-2026" in description
    [alarm] = jan.walk("VALARM")
    assert alarm["TRIGGER"].dt == -timedelta(days=28)  # Abraham/Sarah: planning starts four weeks ahead
    assert str(alarm["ACTION"]) == "DISPLAY"
    [vera_alarm] = events["Celebration: Vera Vertrek 57 years"].walk("VALARM")
    assert vera_alarm["TRIGGER"].dt == -timedelta(days=7)
    [treat_alarm] = events["Celebration: Monthly treat"].walk("VALARM")
    assert treat_alarm["TRIGGER"].dt == -timedelta(days=7)
    assert str(jan["UID"]) == f"plan-birthday-{people['Jan'].id}-2026-12-05@social-calendar.invalid"


def test_an_organiser_without_plans_gets_an_empty_calendar_and_a_stranger_none(register, people):
    assert build_organiser_calendar(register, "onno@example.nl", date(2026, 1, 1), date(2027, 12, 31),
                                    NOW).events == []
    with pytest.raises(UnknownOrganiser):
        build_organiser_calendar(register, "nobody@example.nl", date(2026, 1, 1), date(2027, 12, 31), NOW)


def test_organiser_command(register, people, db_path, tmp_path):
    from desktop.cli import main

    out = tmp_path / "fatima.ics"
    assert main(["export-ical", "--db", str(db_path), "--out", str(out), "--organiser", "fatima@example.nl",
                 "--from", "2026-01-01", "--to", "2027-12-31"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VALARM") == 3
    assert main(["export-ical", "--db", str(db_path), "--out", str(out), "--organiser", "fatima@example.nl",
                 "--recurring"]) == 2
