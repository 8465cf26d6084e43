"""Which colleagues can have an occasion in a date range, as date ranges a store can look up directly.

The home view needs the occasions of the coming eight weeks; most colleagues have none then. Reading only those
whose dates fall in reach lets the window appear without building all 5,000 colleagues first. The rules stay in
occasions.py: a Reach only narrows the candidates, and may let through a few that turn out to have nothing
(a birthday before the first day at work, a 12.5-year mark of someone who left); it never leaves one out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.models.colleague import Colleague
from desktop.models.consent import celebrated
from desktop.models.dates import add_months
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.policy import DEFAULT_POLICY, OccasionPolicy

ALL_YEAR = (("01-01", "12-31"),)
_LEAP_DAY = "02-29"


@dataclass(frozen=True, slots=True)
class Reach:
    """Colleagues whose dates match one of these can have an occasion from `start` to `end` (inclusive):

    - a birth date whose month and day (`MM-DD`, year known or not) lie in one of `birthdays` (which may stop
      before `end`: the home view needs most birthdays for fewer days than jubilea);
    - a service start (or, without one, the hire date) inside one of `service`;
    - a hire or end date from `start` to `end` (first day, farewell);
    - a recorded occasion from `start` to `end`.
    Colleagues who do not want to be celebrated never have occasions and are left out.
    """

    start: date
    end: date
    birthdays: tuple[tuple[str, str], ...]
    service: tuple[tuple[date, date], ...]

    def may_have_occasion(self, colleague: Colleague, records: Iterable[RecordedOccasion] = ()) -> bool:
        """The same test as a store's query: tests hold the two to each other and to occasions_between."""
        if not celebrated(colleague):
            return False
        if colleague.birth is not None:
            month_day = f"{colleague.birth.month:02d}-{colleague.birth.day:02d}"
            if any(low <= month_day <= high for low, high in self.birthdays):
                return True
        service = colleague.effective_service_start
        if service is not None and any(low <= service <= high for low, high in self.service):
            return True
        if any(day is not None and self.start <= day <= self.end for day in (colleague.hire_date, colleague.end_date)):
            return True
        return any(record.colleague_id == colleague.id and self.start <= record.date <= self.end
                   for record in records)


def reach(start: date, end: date, policy: OccasionPolicy = DEFAULT_POLICY,
          birthdays_until: date | None = None) -> Reach:
    """Who can have an occasion from `start` to `end`; birthdays only up to `birthdays_until` when given."""
    birthdays_end = end if birthdays_until is None else min(end, birthdays_until)
    return Reach(start, end, _birthday_ranges(start, birthdays_end), _service_ranges(start, end, policy))


def _birthday_ranges(start: date, end: date) -> tuple[tuple[str, str], ...]:
    if end < start:
        return ()
    if (end - start).days >= 365:
        return ALL_YEAR
    low, high = start.strftime("%m-%d"), end.strftime("%m-%d")
    ranges = [(low, high)] if start.year == end.year else [(low, "12-31"), ("01-01", high)]
    # A 29 February child celebrates on 28 February or 1 March in common years.
    if not any(low <= _LEAP_DAY <= high for low, high in ranges) and \
            any(low <= day <= high for low, high in ranges for day in ("02-28", "03-01")):
        ranges.append((_LEAP_DAY, _LEAP_DAY))
    return tuple(ranges)


def _service_ranges(start: date, end: date, policy: OccasionPolicy) -> tuple[tuple[date, date], ...]:
    """Per anniversary, the service starts that reach it from `start` to `end`.

    `service + months` (clamped to the month's end) never decreases as `service` grows, so the starts that land
    in the range form one unbroken range. Its ends are found by moving the range's own ends back `months`: the
    clamp can only make that guess a few days short, never past the answer, so stepping forward finds it.
    """
    ranges = []
    for months, _years in policy.anniversary_months:
        low = _first_on_or_after(start, months)
        high = _last_on_or_before(end, months)
        if low is not None and high is not None and low <= high:
            ranges.append((low, high))
    return tuple(ranges)


def _shifted_back(day: date, months: int) -> date | None:
    try:
        return add_months(day, -months)
    except (ValueError, OverflowError):  # before year 1: nobody started that long ago
        return None


def _first_on_or_after(start: date, months: int) -> date | None:
    """The earliest service start whose anniversary `months` later is on or after `start`."""
    guess = _shifted_back(start, months)
    if guess is None:
        return date.min
    while add_months(guess, months) < start:
        guess += timedelta(days=1)
    return guess


def _last_on_or_before(end: date, months: int) -> date | None:
    """The latest service start whose anniversary `months` later is on or before `end`."""
    guess = _shifted_back(end, months)
    if guess is None:
        return None
    one_day = timedelta(days=1)
    while guess < date.max and _fits_before(guess + one_day, months, end):
        guess += one_day
    return guess


def _fits_before(service: date, months: int, end: date) -> bool:
    try:
        return add_months(service, months) <= end
    except (ValueError, OverflowError):  # past year 9999
        return False
