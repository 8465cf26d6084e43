"""models.consent: who may see what, per audience (worked out by hand from the README's consent rules)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.colleague import Celebrate, Colleague
from desktop.models.consent import (
    ALLOWED,
    Audience,
    dietary_instruction,
    may_ask_organisers,
    occasion_for,
    on_birthday_calendar,
)
from desktop.models.kinds import Kind
from desktop.models.occasions import Occasion

YES = Colleague(id=1, first_name="Ann", celebrate=Celebrate.YES)
QUIET = Colleague(id=2, first_name="Quinten", celebrate=Celebrate.QUIET)
NO = Colleague(id=3, first_name="Nina", celebrate=Celebrate.NO)
HIDDEN = Colleague(id=4, first_name="Hidde", show_age=False)
FIFTY = Occasion(date(2027, 3, 1), Kind.BIRTHDAY, 4, age=50, milestone=True)


@pytest.mark.parametrize(("audience", "colleague", "kind", "seen"), [
    (Audience.MANAGER, QUIET, Kind.BIRTHDAY, True),
    (Audience.SHARED, QUIET, Kind.BIRTHDAY, False),
    (Audience.ORGANISER, QUIET, Kind.BIRTHDAY, False),
    (Audience.MANAGER, NO, Kind.BIRTHDAY, False),
    (Audience.MANAGER, YES, Kind.GET_WELL, True),
    (Audience.SHARED, YES, Kind.GET_WELL, False),
    (Audience.ORGANISER, YES, Kind.CONDOLENCE, False),
    (Audience.SHARED, None, Kind.CUSTOM, True),
    (Audience.ORGANISER, YES, Kind.WEDDING, True),
])
def test_who_sees_an_occasion(audience, colleague, kind, seen):
    occasion = Occasion(date(2027, 3, 1), kind, colleague.id if colleague else None)
    assert (occasion_for(audience, occasion, colleague) is not None) is seen


@pytest.mark.parametrize(("audience", "age", "milestone"), [
    (Audience.MANAGER, 50, True), (Audience.SHARED, None, False), (Audience.ORGANISER, None, False)])
def test_a_hidden_age_and_its_milestone_stay_with_the_manager(audience, age, milestone):
    shown = occasion_for(audience, FIFTY, HIDDEN)
    assert (shown.age, shown.milestone, shown.date) == (age, milestone, date(2027, 3, 1))


def test_what_each_audience_may_read_of_a_plan():
    organiser = ALLOWED[Audience.ORGANISER]
    assert (organiser.plans, organiser.budgets, organiser.organisers, organiser.dietary_instruction) == (
        True, True, True, True)
    assert (organiser.notes, organiser.status, organiser.dietary, organiser.quiet_colleagues) == (
        False, False, False, False)
    shared = ALLOWED[Audience.SHARED]
    assert not any((shared.plans, shared.budgets, shared.organisers, shared.notes, shared.likes,
                    shared.dietary_instruction))


def test_quiet_colleagues_get_no_organisers_and_stay_off_the_birthday_calendar():
    assert (may_ask_organisers(QUIET), may_ask_organisers(YES), may_ask_organisers(None)) == (False, True, True)
    from desktop.models.dates import PartialDate

    birth = PartialDate(5, 6, 1980)
    assert on_birthday_calendar(Colleague(birth=birth), date(2027, 1, 1))
    assert not on_birthday_calendar(Colleague(birth=birth, celebrate=Celebrate.QUIET), date(2027, 1, 1))
    assert not on_birthday_calendar(Colleague(birth=birth, end_date=date(2026, 12, 31)), date(2027, 1, 1))


def test_the_dietary_instruction_names_each_need_once_and_nobody():
    people = [Colleague(first_name="A", dietary=" vegetarisch "), Colleague(first_name="B", dietary="Vegetarisch"),
              Colleague(first_name="C", dietary="glutenvrij"), Colleague(first_name="D", dietary=""),
              Colleague(first_name="Q", dietary="halal", celebrate=Celebrate.QUIET)]
    assert dietary_instruction(people) == ("glutenvrij", "vegetarisch")
