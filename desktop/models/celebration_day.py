"""On which day to celebrate: a working day of the celebrant, as close to the occasion as possible."""

from __future__ import annotations

from collections.abc import Container
from datetime import date, timedelta

from desktop.models.colleague import OFFICE_WEEK, Colleague
from desktop.models.occasions import Kind, Occasion

MAX_SHIFT_DAYS = 7


def is_working_day(day: date, work_days: frozenset[int], holidays: Container[date]) -> bool:
    """The office is open (not a weekend or public holiday) and the celebrant works that weekday."""
    return day.weekday() < 5 and day.weekday() in work_days and day not in holidays


def celebration_day(occasion_day: date, holidays: Container[date], work_days: frozenset[int] = OFFICE_WEEK,
                    *, earlier: bool = True, later: bool = True, earliest: date | None = None) -> date:
    """The occasion's own day when the celebrant works then; else the last working day before it, else the
    first one after it; never more than a week away (past that, the day itself).

    A welcome cannot come before the first day (`earlier=False`), nor a farewell after the last (`later=False`);
    and a plan made today cannot be celebrated before `earliest` (today, or the period planned).
    """
    if is_working_day(occasion_day, work_days, holidays):
        return occasion_day
    for shift in range(1, MAX_SHIFT_DAYS + 1 if earlier else 1):
        before = occasion_day - timedelta(days=shift)
        if earliest is not None and before < earliest:
            break
        if is_working_day(before, work_days, holidays):
            return before
    for shift in range(1, MAX_SHIFT_DAYS + 1 if later else 1):
        after = occasion_day + timedelta(days=shift)
        if is_working_day(after, work_days, holidays):
            return after
    return occasion_day


def occasion_celebration_day(occasion: Occasion, colleague: Colleague | None, holidays: Container[date],
                             earliest: date | None = None) -> date:
    """The day to celebrate `occasion` of `colleague` (None: everyone, the office week), not before `earliest`."""
    work_days = colleague.work_days if colleague is not None else OFFICE_WEEK
    return celebration_day(occasion.date, holidays, work_days, earlier=occasion.kind is not Kind.FIRST_DAY,
                           later=occasion.kind is not Kind.FAREWELL, earliest=earliest)
