"""Nobody forgotten: the home view names colleagues with consent `yes` who would go a year without any
celebration, with the way to fix it. Worked by hand on a small register."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.models.colleague import Celebrate, Colleague, LeapDay
from desktop.models.coming_up import forgotten, year_ahead
from desktop.models.dates import PartialDate
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import occasions_between

TODAY = date(2026, 11, 28)


def _person(cid: int, last: str, **changes) -> Colleague:
    return Colleague(id=cid, first_name="P", last_name=last, **changes)


def test_who_would_go_a_year_without_a_celebration():
    people = [
        _person(1, "Anniversary", hire_date=date(2014, 8, 31)),  # 12.5 years on 28 Feb 2027: celebrated
        _person(2, "Zonder"),  # no birth date, nothing else: forgotten
        _person(3, "Quiet", celebrate=Celebrate.QUIET),  # asked for no fuss: not ours to chase
        _person(4, "Left", end_date=TODAY - timedelta(days=1)),  # gone
        _person(5, "Known", birth=PartialDate(3, 4, 1980)),  # a birthday every year
        _person(6, "Wedding"),  # a wedding recorded next month
        _person(7, "Leaving", end_date=TODAY + timedelta(days=90)),  # a farewell in the year ahead
        _person(8, "Five", hire_date=date(2020, 3, 1)),  # 5 years in 2025, 10 in 2030: nothing in the year ahead
        _person(9, "Starting", hire_date=TODAY + timedelta(days=10)),  # not employed yet (a first day ahead)
        _person(10, "Aalders"),  # forgotten too: sorted by last name
    ]
    records = [RecordedOccasion(1, 6, "wedding", date(2026, 12, 19))]
    found = forgotten(people, records, TODAY)
    assert [(item.colleague.id, item.reason) for item in found] == [
        (10, "no_birth_date"), (8, "no_birth_date"), (2, "no_birth_date")]
    assert found[0].fix.untranslated() == "add a birth date"
    assert found[0].when.untranslated() == "nothing for a year"


def test_a_year_ahead_ends_the_day_before_the_same_day_next_year():
    # Hired 25 Nov 2021: five years on 25 Nov 2026 (passed) and ten on 25 Nov 2031. Only a recorded occasion on
    # the last day of the year ahead keeps them off the list; one a day later does not.
    person = _person(1, "Edge", hire_date=date(2021, 11, 25))
    last_day = year_ahead(TODAY)
    assert last_day == date(2027, 11, 27)
    assert forgotten([person], [RecordedOccasion(1, 1, "wedding", last_day)], TODAY) == []
    assert len(forgotten([person], [RecordedOccasion(1, 1, "wedding", last_day + timedelta(days=1))], TODAY)) == 1


@settings(max_examples=300, deadline=None)
@given(st.dates(date(1950, 1, 1), date(2006, 12, 31)), st.booleans(),
       st.one_of(st.none(), st.dates(date(1990, 1, 1), TODAY)),
       st.one_of(st.none(), st.dates(TODAY, TODAY + timedelta(days=800))), st.sampled_from(list(LeapDay)),
       st.dates(date(2024, 1, 1), date(2032, 12, 31)))
@example(date(2000, 3, 21), False, None, None, LeapDay.FEB_28, date(2027, 3, 22))  # across 29 February 2028
@example(date(1980, 2, 28), True, None, None, LeapDay.FEB_28, date(2028, 2, 29))  # from a 29 February
@example(date(1980, 2, 29), True, None, None, LeapDay.MAR_1, date(2027, 3, 2))
def test_a_known_birth_date_always_gives_an_occasion_in_the_year_ahead(birth, with_year, hired, leaves, leap_day,
                                                                        today):
    """Why forgotten() need only work out the colleagues without a birth date."""
    if hired is not None and hired > today:
        hired = today
    if leaves is not None and leaves < today:
        leaves = today
    colleague = Colleague(id=1, first_name="P", birth=PartialDate(birth.month, birth.day,
                                                                  birth.year if with_year else None),
                          hire_date=hired, end_date=leaves, leap_day=leap_day)
    assert occasions_between([colleague], [], today, year_ahead(today))
