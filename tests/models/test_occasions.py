"""The occasion rules, with dates chosen on purpose, and properties that hold for any organisation."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from fractions import Fraction

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.models.celebration_day import celebration_day
from desktop.models.colleague import Celebrate, Colleague, LeapDay
from desktop.models.dates import PartialDate, add_months
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Audience, Kind, occasions_between
from desktop.models.public_holidays import dutch_holidays


def _between(colleagues, start, end, records=(), audience=Audience.MANAGER):
    return occasions_between(colleagues, records, start, end, audience=audience)


def _kinds(occasions):
    return [(o.date, o.kind.value) for o in occasions]


def test_birthday_with_age_and_milestones():
    jan = Colleague(id=1, last_name="Vries", birth=PartialDate(3, 15, 1977), hire_date=date(2000, 1, 3))
    [birthday] = [o for o in _between([jan], date(2027, 1, 1), date(2027, 12, 31)) if o.kind is Kind.BIRTHDAY]
    assert (birthday.date, birthday.age, birthday.milestone) == (date(2027, 3, 15), 50, True)
    [plain] = [o for o in _between([jan], date(2028, 1, 1), date(2028, 12, 31)) if o.kind is Kind.BIRTHDAY]
    assert (plain.age, plain.milestone) == (51, False)


def test_unknown_birth_year_gives_no_age_and_never_a_milestone():
    eva = Colleague(id=1, birth=PartialDate(6, 1))
    [birthday] = _between([eva], date(2027, 1, 1), date(2027, 12, 31))
    assert (birthday.age, birthday.milestone) == (None, False)


def test_29_february_in_common_and_leap_years():
    feb28 = Colleague(id=1, birth=PartialDate(2, 29, 1988))
    mar1 = Colleague(id=2, birth=PartialDate(2, 29, 1988), leap_day=LeapDay.MAR_1)
    common = _between([feb28, mar1], date(2027, 1, 1), date(2027, 12, 31))
    assert [(o.colleague_id, o.date) for o in common] == [(1, date(2027, 2, 28)), (2, date(2027, 3, 1))]
    leap = _between([feb28, mar1], date(2028, 1, 1), date(2028, 12, 31))
    assert [o.date for o in leap] == [date(2028, 2, 29), date(2028, 2, 29)]
    assert leap[0].age == 40
    assert leap[0].milestone


def test_birthdays_only_while_employed_with_inclusive_bounds():
    starter = Colleague(id=1, birth=PartialDate(5, 10, 1990), hire_date=date(2027, 5, 10))
    leaver = Colleague(id=2, birth=PartialDate(5, 10, 1990), hire_date=date(2010, 1, 4), end_date=date(2027, 5, 10))
    gone = Colleague(id=3, birth=PartialDate(5, 10, 1990), hire_date=date(2010, 1, 4), end_date=date(2027, 5, 9))
    later = Colleague(id=4, birth=PartialDate(5, 10, 1990), hire_date=date(2027, 5, 11))
    found = [o for o in _between([starter, leaver, gone, later], date(2027, 1, 1), date(2027, 12, 31))
             if o.kind is Kind.BIRTHDAY]
    assert sorted(o.colleague_id for o in found) == [1, 2]


def test_work_anniversaries_including_twelve_and_a_half_years_at_the_end_of_a_month():
    colleague = Colleague(id=1, hire_date=date(2014, 8, 31))
    found = [o for o in _between([colleague], date(2019, 1, 1), date(2040, 12, 31))
             if o.kind is Kind.WORK_ANNIVERSARY]
    assert [(o.date, o.years, o.milestone) for o in found] == [
        (date(2019, 8, 31), 5, False), (date(2024, 8, 31), 10, False),
        (date(2027, 2, 28), Fraction(25, 2), True), (date(2029, 8, 31), 15, False),
        (date(2034, 8, 31), 20, False), (date(2039, 8, 31), 25, True)]


def test_service_start_may_lie_before_the_hire_date():
    merged = Colleague(id=1, hire_date=date(2015, 3, 2), service_start=date(2002, 3, 1))
    found = [o for o in _between([merged], date(2027, 1, 1), date(2027, 12, 31)) if o.kind is Kind.WORK_ANNIVERSARY]
    assert [(o.date, o.years) for o in found] == [(date(2027, 3, 1), 25)]


def test_no_anniversary_after_leaving():
    leaver = Colleague(id=1, hire_date=date(2002, 3, 1), end_date=date(2027, 2, 28))
    found = _between([leaver], date(2027, 1, 1), date(2027, 12, 31))
    assert _kinds(found) == [(date(2027, 2, 28), "farewell")]


def test_first_day_and_farewell():
    colleague = Colleague(id=1, hire_date=date(2027, 2, 1), end_date=date(2027, 6, 30))
    assert _kinds(_between([colleague], date(2027, 1, 1), date(2027, 12, 31))) == [
        (date(2027, 2, 1), "first_day"), (date(2027, 6, 30), "farewell")]


def test_recorded_occasions_including_ones_for_everyone():
    eva = Colleague(id=1, last_name="Smit")
    records = [RecordedOccasion(10, 1, "birth", date(2027, 4, 2), child_name="Noor"),
               RecordedOccasion(11, None, "custom", date(2027, 6, 20), title="Zomeruitje"),
               RecordedOccasion(12, 1, "wedding", date(2026, 6, 20))]
    found = _between([eva], date(2027, 1, 1), date(2027, 12, 31), records)
    assert [(o.kind, o.child_name, o.title) for o in found] == [
        (Kind.BIRTH, "Noor", ""), (Kind.CUSTOM, "", "Zomeruitje")]


def test_consent_no_quiet_and_hidden_age():
    people = [Colleague(id=1, birth=PartialDate(4, 1, 1977), celebrate=Celebrate.NO),
              Colleague(id=2, birth=PartialDate(4, 2, 1977), celebrate=Celebrate.QUIET),
              Colleague(id=3, birth=PartialDate(4, 3, 1977), show_age=False),
              Colleague(id=4, birth=PartialDate(4, 4, 1977))]
    records = [RecordedOccasion(1, 1, "birth", date(2027, 4, 5)), RecordedOccasion(2, 2, "wedding", date(2027, 4, 6))]
    manager = _between(people, date(2027, 1, 1), date(2027, 12, 31), records)
    assert [o.colleague_id for o in manager] == [2, 3, 4, 2]
    assert [o.quiet for o in manager] == [True, False, False, True]
    assert manager[1].age == 50
    assert manager[1].milestone
    shared = _between(people, date(2027, 1, 1), date(2027, 12, 31), records, Audience.SHARED)
    assert [o.colleague_id for o in shared] == [3, 4]
    assert (shared[0].age, shared[0].milestone) == (None, False)
    assert (shared[1].age, shared[1].milestone) == (50, True)


def test_celebration_day_moves_to_a_working_day_of_the_celebrant():
    holidays = dutch_holidays(2027)
    assert celebration_day(date(2027, 3, 17), holidays) == date(2027, 3, 17)  # a Wednesday
    assert celebration_day(date(2027, 3, 20), holidays) == date(2027, 3, 19)  # Saturday → Friday
    assert celebration_day(date(2027, 4, 27), holidays) == date(2027, 4, 26)  # Koningsdag → Monday
    tue_thu = frozenset({1, 3})
    assert celebration_day(date(2027, 3, 19), holidays, tue_thu) == date(2027, 3, 18)  # Friday → Thursday
    assert celebration_day(date(2027, 3, 15), holidays, tue_thu) == date(2027, 3, 11)  # Monday → Thursday before
    # Easter Monday 29 March 2027 for a Monday-only worker: previous Monday 22 March
    assert celebration_day(date(2027, 3, 29), holidays, frozenset({0})) == date(2027, 3, 22)
    # A first day is never celebrated before it starts
    assert celebration_day(date(2027, 3, 20), holidays, earlier=False) == date(2027, 3, 22)
    # Nobody works on Sundays: nothing within a week, so the day itself
    assert celebration_day(date(2027, 3, 21), holidays, frozenset({6})) == date(2027, 3, 21)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from([Fraction(5), Fraction(25, 2), Fraction(25), Fraction(1, 2)]))
def test_add_years_equals_dateutil(start, years):
    assert add_months(start, int(years * 12)) == start + relativedelta(months=int(years * 12))


colleagues_strategy = st.builds(
    Colleague,
    id=st.integers(1, 10_000),
    birth=st.one_of(st.none(), st.builds(PartialDate, st.integers(1, 12), st.integers(1, 28),
                                         st.one_of(st.none(), st.integers(1940, 2005))),
                    st.just(PartialDate(2, 29, 1992)), st.just(PartialDate(2, 29))),
    hire_date=st.one_of(st.none(), st.dates(date(1980, 1, 1), date(2030, 12, 31))),
    end_date=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2035, 12, 31))),
    celebrate=st.sampled_from(list(Celebrate)),
    leap_day=st.sampled_from(list(LeapDay)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(colleagues_strategy, max_size=20, unique_by=lambda c: c.id),
       st.dates(date(2020, 1, 1), date(2032, 12, 31)), st.integers(0, 800))
def test_every_occasion_lies_in_range_within_employment_and_on_the_right_day(people, start, length):
    end = start + timedelta(days=length)
    by_id = {c.id: c for c in people}
    for occasion in _between(people, start, end):
        colleague = by_id[occasion.colleague_id]
        assert start <= occasion.date <= end
        assert colleague.celebrate is not Celebrate.NO
        if occasion.kind in (Kind.BIRTHDAY, Kind.WORK_ANNIVERSARY):
            assert colleague.employed_on(occasion.date)
        if occasion.kind is Kind.BIRTHDAY:
            birth, day = colleague.birth, (occasion.date.month, occasion.date.day)
            if (birth.month, birth.day) != (2, 29):
                assert day == (birth.month, birth.day)
            elif calendar.isleap(occasion.date.year):
                assert day == (2, 29)
            else:
                assert day == ((2, 28) if colleague.leap_day is LeapDay.FEB_28 else (3, 1))
            if birth.year is None:
                assert occasion.age is None
                assert not occasion.milestone
    for occasion in _between(people, start, end, audience=Audience.SHARED):
        assert by_id[occasion.colleague_id].celebrate is Celebrate.YES


def test_coming_up_sorts_into_attention_this_week_and_next_days():
    from desktop.models.coming_up import coming_up

    today = date(2026, 11, 26)  # a Thursday
    occasions = [
        _between([Colleague(id=1, birth=PartialDate(11, 29, 1976))], today, date(2027, 1, 31))[0],  # 50
        _between([Colleague(id=2, birth=PartialDate(12, 10, 1990))], today, date(2027, 1, 31))[0],
        _between([Colleague(id=3, hire_date=date(2001, 12, 20))], today, date(2027, 1, 31))[0],  # 25y
        _between([Colleague(id=4, birth=PartialDate(12, 1, 1990))], today, date(2027, 1, 31))[0],
    ]
    view = coming_up(occasions, today, has_plan=lambda o: o.colleague_id == 3)
    assert [i.occasion.colleague_id for i in view.attention] == [1]
    assert view.attention[0].reason.untranslated() == "No plan yet, in 3 days"
    assert [i.occasion.colleague_id for i in view.this_week] == [1]
    assert [i.occasion.colleague_id for i in view.next_days] == [4, 2, 3]


def test_get_well_and_condolence_stay_with_the_manager_and_records_need_employment():
    eva = Colleague(id=1, hire_date=date(2020, 1, 6), end_date=date(2027, 5, 31))
    records = [RecordedOccasion(1, 1, "get_well", date(2027, 3, 1)),
               RecordedOccasion(2, 1, "condolence", date(2027, 3, 2)),
               RecordedOccasion(3, 1, "wedding", date(2027, 3, 3)),
               RecordedOccasion(4, 1, "birth", date(2027, 6, 1))]
    manager = _between([eva], date(2027, 1, 1), date(2027, 12, 31), records)
    assert [o.kind.value for o in manager if o.record_id] == ["get_well", "condolence", "wedding"]  # not after leaving
    shared = _between([eva], date(2027, 1, 1), date(2027, 12, 31), records, Audience.SHARED)
    assert [o.kind.value for o in shared if o.record_id] == ["wedding"]


def test_age_of_a_29_february_child_follows_the_day_they_celebrate():
    feb28 = Colleague(birth=PartialDate(2, 29, 2000))
    mar1 = Colleague(birth=PartialDate(2, 29, 2000), leap_day=LeapDay.MAR_1)
    assert feb28.age_on(date(2027, 2, 28)) == 27
    assert mar1.age_on(date(2027, 2, 28)) == 26
    assert mar1.age_on(date(2027, 3, 1)) == 27
    assert feb28.age_on(date(2028, 2, 28)) == 27
    assert feb28.age_on(date(2028, 2, 29)) == 28


def test_a_plan_made_today_is_never_celebrated_on_a_day_that_has_passed():
    holidays = dutch_holidays(2026)
    saturday = date(2026, 11, 28)
    assert celebration_day(saturday, holidays) == date(2026, 11, 27)
    assert celebration_day(saturday, holidays, earliest=saturday) == date(2026, 11, 30)


@given(st.integers(1, 9999), st.integers(1, 12))
def test_month_lengths_and_leap_years_agree_with_the_calendar_module(year, month):
    from desktop.models.dates import days_in_month, is_leap_year

    assert days_in_month(year, month) == calendar.monthrange(year, month)[1]
    assert is_leap_year(year) == calendar.isleap(year)
