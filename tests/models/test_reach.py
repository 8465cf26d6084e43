"""The home view reads only the colleagues in reach of its weeks: it must never miss an occasion."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models.colleague import Celebrate, Colleague, LeapDay
from desktop.models.coming_up import coming_up, home_reach, look_ahead
from desktop.models.dates import PartialDate, add_months
from desktop.models.gift_policy import DEFAULT_RULES, GiftRule
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Kind, occasions_between
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy
from desktop.models.reach import reach

people_strategy = st.builds(
    Colleague,
    id=st.integers(1, 10_000),
    birth=st.one_of(st.none(), st.builds(PartialDate, st.integers(1, 12), st.integers(1, 28),
                                         st.one_of(st.none(), st.integers(1940, 2005))),
                    st.sampled_from([PartialDate(2, 29, 1992), PartialDate(2, 29), PartialDate(12, 31, 1980),
                                     PartialDate(1, 1), PartialDate(8, 31, 1970)])),
    hire_date=st.one_of(st.none(), st.dates(date(1960, 1, 1), date(2035, 12, 31)),
                        st.sampled_from([date(2014, 8, 31), date(2001, 2, 28), date(2000, 2, 29)])),
    service_start=st.one_of(st.none(), st.dates(date(1960, 1, 1), date(2030, 12, 31))),
    end_date=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2035, 12, 31))),
    celebrate=st.sampled_from(list(Celebrate)),
    leap_day=st.sampled_from(list(LeapDay)),
)
policies = st.sampled_from([
    DEFAULT_POLICY,
    OccasionPolicy(anniversary_years=(Fraction(1), Fraction(5, 2), Fraction(25, 2), Fraction(40))),
    OccasionPolicy(anniversary_years=()),
])


def _records(people, days):
    return [RecordedOccasion(index + 1, person.id, "wedding", day)
            for index, (person, day) in enumerate(zip(people, days, strict=False))]


@settings(max_examples=300, deadline=None)
@given(st.lists(people_strategy, max_size=25, unique_by=lambda c: c.id), st.dates(date(2020, 1, 1), date(2033, 12, 31)),
       st.integers(0, 800), policies, st.lists(st.dates(date(2020, 1, 1), date(2035, 12, 31)), max_size=5),
       st.one_of(st.none(), st.integers(0, 800)))
def test_the_colleagues_in_reach_have_every_occasion_of_the_range(people, start, length, policy, record_days,
                                                                  birthday_days):
    end = start + timedelta(days=length)
    until = None if birthday_days is None else start + timedelta(days=birthday_days)
    records = _records(people, record_days)
    window = reach(start, end, policy, birthdays_until=until)
    in_reach = [person for person in people if window.may_have_occasion(person, records)]

    def wanted(occasions):  # birthdays only up to `until`, when given
        return [o for o in occasions if until is None or o.kind is not Kind.BIRTHDAY or o.date <= until]

    assert wanted(occasions_between(in_reach, records, start, end, policy)) == \
        wanted(occasions_between(people, records, start, end, policy))


LONG_LEAD_RULES = (  # a 50th birthday planned ten weeks ahead: further than any jubileum (eight weeks)
    *(rule for rule in DEFAULT_RULES if not (rule.kind is Kind.BIRTHDAY and rule.value == 50)),
    GiftRule(Kind.BIRTHDAY, True, Fraction(50), (), 50, 2, 70, 3.0),
)


@pytest.mark.parametrize("rules", [DEFAULT_RULES, LONG_LEAD_RULES], ids=["default rules", "long lead times"])
def test_the_home_view_of_the_demo_organisation_is_the_same_from_the_colleagues_in_reach(register, today, rules):
    """What start-up shows (from the colleagues in reach) is what the full register gives, item for item."""
    from desktop.exchange.demo import write_demo

    write_demo(register, people=400, seed=5, today=today)
    everyone, records = register.colleagues(), register.recorded_occasions()
    for day in (today, date(2027, 2, 20), date(2027, 12, 20)):  # incl. 29 Feb and the turn of the year
        window, end = home_reach(day, rules=rules)
        in_reach = register.colleagues_in_reach(window)
        assert len(in_reach) < len(everyone) / 3
        assert coming_up(occasions_between(in_reach, records, day, end), day, rules=rules) == \
            coming_up(occasions_between(everyone, records, day, end), day, rules=rules)


def test_a_birthday_with_a_long_lead_time_is_in_reach_of_the_home_view():
    fiftieth = Colleague(id=1, birth=PartialDate(2, 5, 1977), hire_date=date(2020, 3, 1))  # 50 on 5 Feb 2027
    assert not home_reach(date(2026, 11, 28))[0].may_have_occasion(fiftieth)  # 69 days: beyond the default
    window, end = home_reach(date(2026, 11, 28), rules=LONG_LEAD_RULES)
    assert end == date(2027, 2, 6)
    assert window.may_have_occasion(fiftieth)
    attention = coming_up(occasions_between([fiftieth], [], date(2026, 11, 28), end), date(2026, 11, 28),
                          rules=LONG_LEAD_RULES).attention
    assert [item.occasion.age for item in attention] == [50]


def test_the_home_view_looks_as_far_ahead_as_its_longest_lead_time():
    assert look_ahead() == (30, 56)  # milestone birthdays 21 or 28 days ahead; a 25-year jubileum 56
    farewell = GiftRule(Kind.FAREWELL, None, None, (), 50, 2, 90, 2.0)
    plain_birthday = GiftRule(Kind.BIRTHDAY, False, None, (), 5, 1, 60, 1.0)  # ordinary birthdays need no plan
    big_birthday = GiftRule(Kind.BIRTHDAY, True, None, (), 35, 2, 45, 2.0)
    assert look_ahead((farewell, plain_birthday)) == (30, 90)
    assert look_ahead((big_birthday,)) == (45, 30)


def test_the_reach_of_eight_weeks_is_narrow():
    """Reading few is the point: a birthday outside the weeks and a service start without a jubileum stay out."""
    window = reach(date(2026, 11, 28), date(2027, 1, 22))
    assert window.birthdays == (("11-28", "12-31"), ("01-01", "01-22"))
    assert not window.may_have_occasion(Colleague(id=1, birth=PartialDate(6, 1, 1980), hire_date=date(2003, 3, 1)))
    assert window.may_have_occasion(Colleague(id=2, birth=PartialDate(1, 2), hire_date=date(2003, 3, 1)))
    # 12.5 years on: 31 Aug 2014 + 150 months is 28 Feb 2027, out of range; 1 Jul 2014 is 1 Jan 2027, in it
    assert not window.may_have_occasion(Colleague(id=3, hire_date=date(2014, 8, 31)))
    assert window.may_have_occasion(Colleague(id=4, hire_date=date(2014, 7, 1)))
    assert not window.may_have_occasion(Colleague(id=5, birth=PartialDate(12, 1), celebrate=Celebrate.NO))


def test_a_29_february_child_is_in_reach_of_28_february_and_1_march():
    assert ("02-29", "02-29") in reach(date(2027, 3, 1), date(2027, 3, 10)).birthdays
    assert ("02-29", "02-29") in reach(date(2027, 2, 1), date(2027, 2, 28)).birthdays


@given(st.sampled_from([0, 1, 2, 6, 11, 150, 600]), st.dates(date(2020, 1, 1), date(2032, 12, 31)),
       st.integers(0, 90))
def test_service_ranges_are_exactly_the_starts_that_land_in_the_range(months, start, length):
    """Month ends are the hard part: 31 Aug and 29 Aug both reach 28 Feb six months on."""
    end = start + timedelta(days=length)
    policy = OccasionPolicy(anniversary_years=(Fraction(months, 12),))
    service = reach(start, end, policy).service
    if not service:  # no start lands there: 29 Feb + 1 month is 29 Mar, 1 Mar + 1 month is 1 Apr
        near = add_months(start, -months)
        assert not any(start <= add_months(near + timedelta(days=shift), months) <= end for shift in range(-40, 40))
        return
    (low, high), = service
    assert start <= add_months(low, months)
    assert add_months(low - timedelta(days=1), months) < start
    assert add_months(high, months) <= end
    assert add_months(high + timedelta(days=1), months) > end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(people_strategy, min_size=1, max_size=25, unique_by=lambda c: c.id),
       st.dates(date(2024, 1, 1), date(2030, 12, 31)), st.integers(0, 400),
       st.lists(st.dates(date(2020, 1, 1), date(2035, 12, 31)), max_size=5))
def test_the_stores_query_picks_exactly_whom_the_rule_lets_through(register, people, start, length, record_days):
    for person in register.colleagues():
        register.delete(person.id)
    stored = [register.add(person.with_changes(id=None)) for person in people]
    for record in _records(stored, record_days):
        register.add_recorded_occasion(record.__class__(None, record.colleague_id, record.kind, record.date))
    records = register.recorded_occasions()
    window = reach(start, start + timedelta(days=length))
    expected = [person.id for person in stored if window.may_have_occasion(person, records)]
    assert [person.id for person in register.colleagues_in_reach(window)] == expected


def test_the_stores_query_looks_up_indexes_instead_of_reading_every_row(register):
    window = reach(date(2026, 11, 28), date(2027, 1, 22))
    captured: list[str] = []
    register.db.conn.set_trace_callback(captured.append)
    register.colleagues_in_reach(window)
    register.db.conn.set_trace_callback(None)
    plan = " ".join(str(row) for row in register.db.execute(f"EXPLAIN QUERY PLAN {captured[-1]}"))
    assert "SCAN colleagues" not in plan
    for index in ("colleagues_birthday", "colleagues_service", "colleagues_hire_date", "recorded_occasions_date"):
        assert index in plan
