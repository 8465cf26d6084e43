"""The recurring form: expanded over ten years with recurring-ical-events it gives exactly the plain export's
occasions, on a register with leap-day birthdays, a leaver, a starter, hidden ages and unknown birth years."""

from __future__ import annotations

import re
from datetime import date

import pytest
import recurring_ical_events
from icalendar import Calendar
from test_ical_export import END, START, export, fill_register

from desktop.models.colleague import Colleague, LeapDay
from desktop.models.dates import PartialDate
from desktop.models.occasions import Audience

_DATED_KEY = re.compile(r"^(birthday-\d+)-\d{4}-\d{2}-\d{2}@")


@pytest.fixture
def people(register):
    return fill_register(register)


def occurrences(calendar: Calendar, start: date = START, end: date = END) -> list[tuple[date, str]]:
    """(day, identity) of every occurrence; a plain birthday's identity is its colleague's series."""
    found = []
    for event in recurring_ical_events.of(calendar).between(start, date.fromordinal(end.toordinal() + 1)):
        uid = str(event["UID"])
        found.append((event["DTSTART"].dt, _DATED_KEY.sub(r"\1@", uid)))
    return sorted(found)


@pytest.mark.parametrize("audience", list(Audience))
def test_ten_years_expanded_equal_the_plain_export(register, people, audience):
    plain = export(register, audience, recurring=False)
    recurring = export(register, audience, recurring=True)
    assert len(recurring.events) < len(plain.events) / 2
    assert occurrences(recurring) == occurrences(plain)
    # Every plain birthday went into a series; what is left on its own has a reason to be.
    singles = {str(e["SUMMARY"]) for e in recurring.events if "RRULE" not in e}
    assert "Jan de Vries 50 years — Abraham/Sarah" in singles
    assert not any(s.startswith("Birthday of") for s in singles)


def test_the_series_of_each_kind_of_colleague(register, people):
    series = {str(e["SUMMARY"]): e for e in export(register, recurring=True).events if "RRULE" in e}

    def rule(name):
        return series[f"Birthday of {name}"]["RRULE"].to_ical().decode()

    assert rule("Lea Schrikkel") == "FREQ=YEARLY;UNTIL=20350228;BYMONTHDAY=-1;BYMONTH=2"  # icalendar's order
    assert rule("Maarten Maart") == "FREQ=YEARLY;UNTIL=20350301;BYYEARDAY=60"
    assert rule("Vera Vertrek") == "FREQ=YEARLY;UNTIL=20270808"  # leaves 30 June 2028, before her birthday
    starter = series["Birthday of Stijn Starter"]
    assert starter["DTSTART"].dt == date(2028, 4, 4)  # hired 1 Sep 2027: the first birthday after that
    assert rule("Onno Onbekend") == "FREQ=YEARLY;UNTIL=20350707"
    jan = series["Birthday of Jan de Vries"]
    exdates = sorted(d.dt for x in ([jan["EXDATE"]] if not isinstance(jan["EXDATE"], list) else jan["EXDATE"])
                     for d in x.dts)
    assert jan["DTSTART"].dt == date(2027, 12, 5)  # 50 in 2026 has its own event before the series starts
    assert exdates == [date(2031, 12, 5)]  # 55 has its own event
    # Ages hidden (show age: no): no milestone events, so no EXDATE either.
    assert "EXDATE" not in series["Birthday of Hidde Verborgen"]


@pytest.mark.parametrize(("leap_day", "common_year_day"), [(LeapDay.FEB_28, (2, 28)), (LeapDay.MAR_1, (3, 1))])
def test_leap_day_rules_proved_by_expansion_over_a_century(register, leap_day, common_year_day):
    """2100 is not a leap year: the rules must still give the colleague's day."""
    register.add(Colleague(first_name="Lea", last_name="P", birth=PartialDate(2, 29), leap_day=leap_day))
    start, end = date(2000, 1, 1), date(2104, 12, 31)
    plain = export(register, start=start, end=end)
    recurring = export(register, recurring=True, start=start, end=end)
    assert len(recurring.events) == 1
    days = [day for day, _ in occurrences(recurring, start, end)]
    assert days == [day for day, _ in occurrences(plain, start, end)]
    assert len(days) == 105
    for day in days:
        leap = day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0)
        assert (day.month, day.day) == ((2, 29) if leap else common_year_day)
    assert date(2100, *common_year_day) in days


def test_the_manager_keeps_a_planned_birthday_as_its_own_event(register, people):
    from desktop.models.celebration import Celebration
    from desktop.store.celebrations import Celebrations

    fatima = people["Fatima"]
    key = f"birthday-{fatima.id}-2027-03-14"
    Celebrations(register.db).save(Celebration(None, key, "birthday", fatima.id, date(2027, 3, 14),
                                               date(2027, 3, 15), "cake"))
    recurring = export(register, Audience.MANAGER, recurring=True)
    assert f"{key}@social-calendar.invalid" in {str(e["UID"]) for e in recurring.events}
    assert occurrences(recurring) == occurrences(export(register, Audience.MANAGER))
