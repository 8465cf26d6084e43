"""The Qt-free rules of the register: dates, names, ages, working days and validation."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.models.colleague import Colleague, LeapDay, name_sort_key
from desktop.models.dates import DateError, PartialDate, parse_date, parse_partial_date
from desktop.models.validation import validate
from desktop.models.workdays import WorkDaysError, format_work_days, parse_work_days


@pytest.mark.parametrize(("text", "expected"), [
    ("1980-04-03", PartialDate(4, 3, 1980)),
    ("03-04-1980", PartialDate(4, 3, 1980)),  # Dutch: day first
    ("3-4-1980", PartialDate(4, 3, 1980)),
    ("03/04/1980", PartialDate(4, 3, 1980)),
    ("03.04.1980", PartialDate(4, 3, 1980)),
    ("19800403", PartialDate(4, 3, 1980)),
    ("--04-03", PartialDate(4, 3)),
    ("--0403", PartialDate(4, 3)),
    ("03-04", PartialDate(4, 3)),
    ("--02-29", PartialDate(2, 29)),
    (" 1980-04-03T00:00:00 ", PartialDate(4, 3, 1980)),
])
def test_dates_in_every_accepted_form(text, expected):
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-1980", "1981-02-29", "1980-13-01", "00-00-0000", "yesterday", "",
                                  "32-01", "1980-04", "12-12-0012"])
def test_impossible_or_unreadable_dates_are_refused_with_a_message(text):
    with pytest.raises(DateError) as caught:
        parse_partial_date(text)
    assert caught.value.message.untranslated()


def test_full_date_needs_a_year():
    assert parse_date("31-12-2020") == date(2020, 12, 31)
    with pytest.raises(DateError, match="no year"):
        parse_date("31-12")


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)), st.booleans())
def test_iso_and_display_forms_read_back(day, year_known):
    partial = PartialDate(day.month, day.day, day.year if year_known else None)
    assert parse_partial_date(partial.iso()) == partial
    assert parse_partial_date(partial.display()) == partial


def test_names_sort_by_last_name_ignoring_the_prefix():
    people = [Colleague(first_name="Pieter", prefix="van der", last_name="Berg"),
              Colleague(first_name="Anna", last_name="Aalbers"),
              Colleague(first_name="Ömer", last_name="Bakker"),
              Colleague(first_name="Chris", prefix="de", last_name="Zwart")]
    assert [p.last_name for p in sorted(people, key=name_sort_key)] == ["Aalbers", "Bakker", "Berg", "Zwart"]
    assert people[0].full_name == "Pieter van der Berg"
    assert people[0].sort_name == "Berg, Pieter van der"


def test_age_and_next_birthday_respect_the_day_and_unknown_years():
    jan = Colleague(first_name="Jan", birth=PartialDate(11, 28, 1976))
    assert jan.age_on(date(2026, 11, 27)) == 49
    assert jan.age_on(date(2026, 11, 28)) == 50
    assert jan.next_birthday(date(2026, 11, 28)) == date(2026, 11, 28)
    assert jan.next_birthday(date(2026, 11, 29)) == date(2027, 11, 28)
    assert Colleague(birth=PartialDate(5, 1)).age_on(date(2026, 1, 1)) is None
    assert Colleague().next_birthday(date(2026, 1, 1)) is None


def test_29_february_follows_the_colleagues_choice_in_common_years():
    leap = PartialDate(2, 29, 1988)
    assert Colleague(birth=leap).birthday_in(2027) == date(2027, 2, 28)
    assert Colleague(birth=leap, leap_day=LeapDay.MAR_1).birthday_in(2027) == date(2027, 3, 1)
    assert Colleague(birth=leap, leap_day=LeapDay.MAR_1).birthday_in(2028) == date(2028, 2, 29)


def test_employment_bounds_are_inclusive_and_unknown_hire_counts_as_employed():
    colleague = Colleague(hire_date=date(2020, 1, 6), end_date=date(2026, 6, 30))
    assert not colleague.employed_on(date(2020, 1, 5))
    assert colleague.employed_on(date(2020, 1, 6))
    assert colleague.employed_on(date(2026, 6, 30))
    assert not colleague.employed_on(date(2026, 7, 1))
    assert Colleague().employed_on(date(1900, 1, 1))


@pytest.mark.parametrize(("text", "days"), [
    ("ma,di,do", {0, 1, 3}), ("mon tue thu", {0, 1, 3}), ("ma-vr", {0, 1, 2, 3, 4}),
    ("Maandag; Woensdag", {0, 2}), ("Mon, Fri", {0, 4}),
])
def test_working_days_in_dutch_and_english(text, days):
    assert parse_work_days(text) == frozenset(days)
    assert parse_work_days(format_work_days(frozenset(days))) == frozenset(days)


@pytest.mark.parametrize("text", ["", "ma,xx", "funday"])
def test_unknown_working_days_are_refused(text):
    with pytest.raises(WorkDaysError):
        parse_work_days(text)


TODAY = date(2026, 11, 28)


def _fields(colleague: Colleague) -> set[str]:
    return {problem.field for problem in validate(colleague, TODAY)}


def test_a_complete_colleague_is_valid():
    assert validate(Colleague(first_name="Fatima", last_name="El Amrani", email="f.elamrani@example.nl",
                              birth=PartialDate(3, 14, 1985), hire_date=date(2010, 9, 1)), TODAY) == []


@pytest.mark.parametrize(("colleague", "field"), [
    (Colleague(), "last_name"),
    (Colleague(first_name="  ", last_name=" "), "last_name"),
    (Colleague(last_name="x" * 10_000), "last_name"),
    (Colleague(last_name="Bell\x07"), "last_name"),
    (Colleague(last_name="Jansen", email="jan at example"), "email"),
    (Colleague(last_name="Jansen", birth=PartialDate(1, 1, 2027)), "birth"),
    (Colleague(last_name="Jansen", birth=PartialDate(1, 1, 1990), hire_date=date(1989, 1, 1)), "hire_date"),
    (Colleague(last_name="Jansen", hire_date=date(2020, 1, 1), end_date=date(2019, 12, 31)), "end_date"),
    (Colleague(last_name="Jansen", work_days=frozenset()), "work_days"),
])
def test_each_mistake_is_named_at_its_field(colleague, field):
    assert field in _fields(colleague)
