"""Occasions that come back every year: the rules' days, their words and their plans' keys (Qt-free)."""

from datetime import date

import pytest

from desktop.models.occasion_records import RecordedOccasion
from desktop.models.occasions import Kind, occasions_between
from desktop.models.repeat import Repeat, RepeatError, describe, is_last_of_month, occurrences

CHRISTMAS_LUNCH = date(2026, 12, 11)  # the second Friday of December 2026


def test_the_second_friday_of_december_each_year():
    rule = Repeat.nth_weekday_of(CHRISTMAS_LUNCH)
    assert rule == Repeat(2, 4, 12)
    assert rule.text() == "FREQ=YEARLY;BYMONTH=12;BYDAY=2FR"
    assert [rule.in_year(year, CHRISTMAS_LUNCH) for year in (2027, 2028, 2029)] == [
        date(2027, 12, 10), date(2028, 12, 8), date(2029, 12, 14)]
    assert all(day.weekday() == 4 and 8 <= day.day <= 14 for day in
               (rule.in_year(year, CHRISTMAS_LUNCH) for year in range(2026, 2060)))


def test_the_last_friday_of_a_month():
    outing = date(2026, 6, 26)
    assert is_last_of_month(outing)
    assert not is_last_of_month(date(2026, 6, 19))
    rule = Repeat.nth_weekday_of(outing, last=True)
    assert rule.text() == "FREQ=YEARLY;BYMONTH=6;BYDAY=-1FR"
    assert [rule.in_year(year, outing) for year in (2027, 2028)] == [date(2027, 6, 25), date(2028, 6, 30)]


def test_the_same_day_every_year_and_29_february():
    assert Repeat().in_year(2027, date(2026, 8, 31)) == date(2027, 8, 31)
    assert Repeat().in_year(2027, date(2024, 2, 29)) == date(2027, 2, 28)
    assert Repeat().in_year(2028, date(2024, 2, 29)) == date(2028, 2, 29)


@pytest.mark.parametrize("rule", ["FREQ=YEARLY", "FREQ=YEARLY;BYMONTH=12;BYDAY=2FR",
                                  "freq=yearly;bymonth=6;byday=-1fr"])
def test_the_texts_read_back(rule):
    assert Repeat.parse(rule).text() == rule.upper()


@pytest.mark.parametrize("rule", ["FREQ=WEEKLY", "FREQ=YEARLY;COUNT=3", "FREQ=YEARLY;BYMONTH=13;BYDAY=1MO",
                                  "FREQ=YEARLY;BYMONTH=2;BYDAY=5MO", "FREQ=YEARLY;BYMONTH=2;BYDAY=1XX"])
def test_rules_this_app_does_not_keep_are_refused_and_count_as_once(rule):
    with pytest.raises(RepeatError):
        Repeat.parse(rule)
    assert occurrences(CHRISTMAS_LUNCH, rule, None, date(2026, 1, 1), date(2030, 12, 31)) == [
        (CHRISTMAS_LUNCH, False)]


def test_occurrences_never_before_the_first_nor_after_until():
    rule = Repeat.nth_weekday_of(CHRISTMAS_LUNCH).text()
    assert occurrences(CHRISTMAS_LUNCH, rule, date(2028, 12, 31), date(2020, 1, 1), date(2035, 1, 1)) == [
        (date(2026, 12, 11), False), (date(2027, 12, 10), True), (date(2028, 12, 8), True)]
    # until lies between the rule's day and the year's end: the day after it is not held
    assert occurrences(CHRISTMAS_LUNCH, rule, date(2027, 12, 9), date(2027, 1, 1), date(2027, 12, 31)) == []
    assert occurrences(CHRISTMAS_LUNCH, "", None, date(2027, 1, 1), date(2030, 1, 1)) == []


def test_words_for_a_rule():
    assert describe(CHRISTMAS_LUNCH, "", None) is None
    words = describe(CHRISTMAS_LUNCH, "FREQ=YEARLY;BYMONTH=12;BYDAY=2FR", date(2030, 12, 31))
    assert words.untranslated() == "every year on the second Friday of December, until 2030"
    assert describe(date(2026, 8, 31), "FREQ=YEARLY", None).untranslated() == "every year on 31 August"


def test_each_year_is_an_occasion_with_its_own_plan_key():
    lunch = RecordedOccasion(7, None, "custom", CHRISTMAS_LUNCH, "Christmas lunch",
                             repeat="FREQ=YEARLY;BYMONTH=12;BYDAY=2FR")
    found = occasions_between([], [lunch], date(2026, 1, 1), date(2028, 12, 31))
    assert [(o.date, o.kind, o.title, o.key) for o in found] == [
        (date(2026, 12, 11), Kind.CUSTOM, "Christmas lunch", "record-7"),  # the first keeps its old key
        (date(2027, 12, 10), Kind.CUSTOM, "Christmas lunch", "record-7-2027"),
        (date(2028, 12, 8), Kind.CUSTOM, "Christmas lunch", "record-7-2028"),
    ]
    once = RecordedOccasion(8, None, "custom", CHRISTMAS_LUNCH, "Reception")
    assert [o.key for o in occasions_between([], [once], date(2026, 1, 1), date(2028, 12, 31))] == ["record-8"]
