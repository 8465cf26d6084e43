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


def until(event) -> date | None:
    value = event["RRULE"].get("UNTIL")
    return value[0] if isinstance(value, list) else value


def exdates(event) -> list[date]:
    found = event.get("EXDATE", [])
    return sorted(d.dt for x in (found if isinstance(found, list) else [found]) for d in x.dts)


@pytest.mark.parametrize("audience", list(Audience))
def test_ten_years_expanded_equal_the_plain_export(register, people, audience):
    plain = export(register, audience, recurring=False)
    recurring = export(register, audience, recurring=True)
    assert len(recurring.events) < len(plain.events) * 0.6
    assert occurrences(recurring) == occurrences(plain)
    # Every plain birthday went into a series but the 29 February ones; what is left on its own has a reason.
    singles = {str(e["SUMMARY"]) for e in recurring.events if "RRULE" not in e}
    assert "Jan de Vries 50 years — Abraham/Sarah" in singles
    assert not any(s.startswith("Birthday of") for s in singles)
    leap_day = [e for e in recurring.events if str(e["SUMMARY"]).startswith(("Lea Schrikkel", "Maarten Maart"))
                and "service" not in str(e["SUMMARY"])]
    assert [e["DTSTART"].dt for e in leap_day if e["DTSTART"].dt.year in (2027, 2028, 2029)] == [
        date(2027, 2, 28), date(2027, 3, 1), date(2028, 2, 29), date(2028, 2, 29), date(2029, 2, 28),
        date(2029, 3, 1)]
    assert len(leap_day) == 20  # one a year each, 2026 to 2035


def test_the_series_of_each_kind_of_colleague(register, people):
    series = {str(e["SUMMARY"]): e for e in export(register, recurring=True).events if "RRULE" in e}

    def rule(name):
        return series[f"Birthday of {name}"]["RRULE"].to_ical().decode()

    # No end date: the series goes on after the period (the period's end is no reason to stop).
    assert rule("Fatima El Amrani") == "FREQ=YEARLY"
    # 29 February: no rule every client understands, so one event a year instead (test_leap_day_...).
    assert "Birthday of Lea Schrikkel" not in series
    assert "Birthday of Maarten Maart" not in series
    assert rule("Vera Vertrek") == "FREQ=YEARLY;UNTIL=20270808"  # leaves 30 June 2028, before her birthday
    starter = series["Birthday of Stijn Starter"]
    assert starter["DTSTART"].dt == date(2028, 4, 4)  # hired 1 Sep 2027: the first birthday after that
    assert rule("Stijn Starter") == "FREQ=YEARLY"
    assert rule("Onno Onbekend") == "FREQ=YEARLY"
    jan = series["Birthday of Jan de Vries"]
    assert jan["DTSTART"].dt == date(2027, 12, 5)  # 50 in 2026 has its own event before the series starts
    assert exdates(jan) == [date(2031, 12, 5)]  # 55 has its own event; 60 in 2036 lies after the period
    # Ages hidden (show age: no): no milestone events, so no EXDATE either.
    assert "EXDATE" not in series["Birthday of Hidde Verborgen"]


@pytest.mark.parametrize(("leap_day", "common_year_day"), [(LeapDay.FEB_28, (2, 28)), (LeapDay.MAR_1, (3, 1))])
def test_leap_day_birthdays_one_event_a_year_over_a_century(register, leap_day, common_year_day):
    """No yearly rule (calcurse and Outlook do not all read one); 2100 is not a leap year."""
    register.add(Colleague(first_name="Lea", last_name="P", birth=PartialDate(2, 29), leap_day=leap_day))
    start, end = date(2000, 1, 1), date(2104, 12, 31)
    plain = export(register, start=start, end=end)
    recurring = export(register, recurring=True, start=start, end=end)
    assert len(recurring.events) == 105
    assert not [event for event in recurring.events if "RRULE" in event]
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


def test_a_series_ends_at_the_last_birthday_before_leaving_not_at_the_period_end(register, people):
    """One calendar year exported: each series is a real yearly event, not one cut at its own first date."""
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    recurring = export(register, recurring=True, start=start, end=end)
    series = {str(e["SUMMARY"]): e for e in recurring.events if "RRULE" in e}
    fatima = series["Birthday of Fatima El Amrani"]
    assert fatima["DTSTART"].dt == date(2026, 3, 14)
    assert "UNTIL" not in fatima["RRULE"]  # no end date: open-ended
    vera = series["Birthday of Vera Vertrek"]
    assert vera["DTSTART"].dt == date(2026, 8, 8)
    assert until(vera) == date(2027, 8, 8)  # her last birthday before leaving on 30 June 2028
    # Jan's 50th (5 Dec 2026) is his first birthday in the period and has its own event: the series starts
    # after the period, with no EXDATE needed inside it.
    assert "Birthday of Jan de Vries" not in series
    assert occurrences(recurring, start, end) == occurrences(export(register, start=start, end=end), start, end)
    # After the period the series go on: Fatima every year, Vera only until she leaves.
    later = [(day, uid) for day, uid in occurrences(recurring, date(2027, 1, 1), date(2030, 12, 31))]
    assert (date(2029, 3, 14), f"birthday-{people['Fatima'].id}@social-calendar.invalid") in later
    assert [day for day, uid in later if uid.startswith(f"birthday-{people['Vera'].id}@")] == [date(2027, 8, 8)]


@pytest.mark.parametrize("audience", list(Audience))
def test_the_default_one_year_period_expanded_equals_the_plain_export(register, people, audience, today):
    from desktop.exchange.ical.export import default_period

    start, end = default_period(today)
    plain = export(register, audience, start=start, end=end)
    recurring = export(register, audience, recurring=True, start=start, end=end)
    assert occurrences(recurring, start, end) == occurrences(plain, start, end)
    series = [event for event in recurring.events if "RRULE" in event]
    assert len(series) >= 5
    for event in series:  # ends only when the colleague leaves, never at its own first date
        assert until(event) is None or str(event["SUMMARY"]) == "Birthday of Vera Vertrek"


def test_a_leap_day_leaver_in_a_leap_year_has_her_birthdays_until_she_leaves(register):
    """A 28-February colleague leaving on 28 Feb 2028 (a leap year): her last birthday is 28 Feb 2027."""
    lea = register.add(Colleague(first_name="Lea", last_name="L", birth=PartialDate(2, 29, 1980),
                                 hire_date=date(2000, 1, 1), end_date=date(2028, 2, 28)))
    start, end = date(2026, 1, 1), date(2035, 12, 31)
    recurring = export(register, Audience.MANAGER, recurring=True, start=start, end=end)
    birthdays = [e for e in recurring.events if "Birthday" in [str(c) for c in e["CATEGORIES"].cats]]
    assert [e["DTSTART"].dt for e in birthdays] == [date(2026, 2, 28), date(2027, 2, 28)]
    assert not [e for e in birthdays if "RRULE" in e]
    assert all(str(e["UID"]).startswith(f"birthday-{lea.id}-") for e in birthdays)
    plain = export(register, Audience.MANAGER, start=start, end=end)
    assert occurrences(recurring, start, end) == occurrences(plain, start, end)
