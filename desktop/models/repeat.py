"""Occasions that come back every year (the Christmas lunch, the summer outing): the rule and its days.

A rule is kept as the RFC 5545 recurrence text a calendar program understands, limited to what an office
repeats: every year on the same day (`FREQ=YEARLY`), or on the n-th or last weekday of a month
(`FREQ=YEARLY;BYMONTH=12;BYDAY=2FR`, `BYDAY=-1FR`). An empty rule: the occasion happens once.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from desktop.models.dates import is_leap_year
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Repeat"
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = (QT_TRANSLATE_NOOP("Repeat", "Monday"), QT_TRANSLATE_NOOP("Repeat", "Tuesday"),
                 QT_TRANSLATE_NOOP("Repeat", "Wednesday"), QT_TRANSLATE_NOOP("Repeat", "Thursday"),
                 QT_TRANSLATE_NOOP("Repeat", "Friday"), QT_TRANSLATE_NOOP("Repeat", "Saturday"),
                 QT_TRANSLATE_NOOP("Repeat", "Sunday"))
ORDINALS = {1: QT_TRANSLATE_NOOP("Repeat", "first"), 2: QT_TRANSLATE_NOOP("Repeat", "second"),
            3: QT_TRANSLATE_NOOP("Repeat", "third"), 4: QT_TRANSLATE_NOOP("Repeat", "fourth"),
            -1: QT_TRANSLATE_NOOP("Repeat", "last")}


class RepeatError(ValueError):
    """A recurrence text this app does not keep (made by hand or by another program)."""


@dataclass(frozen=True, slots=True)
class Repeat:
    """Every year: on the first day's month and day (`week` None), or on the `week`-th (1–4, or -1 for the
    last) `weekday` (0 = Monday) of `month`."""

    week: int | None = None
    weekday: int = 0
    month: int = 1

    @classmethod
    def parse(cls, rule: str) -> Repeat | None:
        """The rule of a stored text; None for an empty one; RepeatError for one this app does not keep."""
        if not rule.strip():
            return None
        parts = dict(part.split("=", 1) for part in rule.upper().split(";") if "=" in part)
        if parts.get("FREQ") != "YEARLY" or set(parts) - {"FREQ", "BYMONTH", "BYDAY"}:
            raise RepeatError(rule)
        if "BYDAY" not in parts and "BYMONTH" not in parts:
            return cls()
        try:
            month, by_day = int(parts["BYMONTH"]), parts["BYDAY"]
            week, weekday = int(by_day[:-2]), _DAYS.index(by_day[-2:])
        except (KeyError, ValueError) as exc:
            raise RepeatError(rule) from exc
        if not 1 <= month <= 12 or week not in ORDINALS:
            raise RepeatError(rule)
        return cls(week, weekday, month)

    @classmethod
    def nth_weekday_of(cls, day: date, last: bool = False) -> Repeat:
        """The rule "the n-th (or the last) weekday of the month" that `day` is."""
        return cls(-1 if last else (day.day - 1) // 7 + 1, day.weekday(), day.month)

    def text(self) -> str:
        if self.week is None:
            return "FREQ=YEARLY"
        return f"FREQ=YEARLY;BYMONTH={self.month};BYDAY={self.week}{_DAYS[self.weekday]}"

    def in_year(self, year: int, first: date) -> date:
        """The day it falls on in `year`; the same day as `first` (29 February: 28 February in other years)."""
        if self.week is None:
            if first.month == 2 and first.day == 29 and not is_leap_year(year):
                return date(year, 2, 28)
            return first.replace(year=year)
        if self.week == -1:
            last = calendar.monthrange(year, self.month)[1]
            day = date(year, self.month, last)
            return date.fromordinal(day.toordinal() - (day.weekday() - self.weekday) % 7)
        start = date(year, self.month, 1)
        offset = (self.weekday - start.weekday()) % 7 + 7 * (self.week - 1)
        return date.fromordinal(start.toordinal() + offset)

    def describe(self, first: date) -> Message:
        """ "every year on 18 December" or "every year on the second Friday of December" (the month named in the
        caller's language)."""
        if self.week is None:
            return Message(CTX, QT_TRANSLATE_NOOP("Repeat", "every year on {day} {month}"),
                           {"day": first.day, "month": MonthName(first.month)})
        return Message(CTX, QT_TRANSLATE_NOOP("Repeat", "every year on the {ordinal} {weekday} of {month}"),
                       {"ordinal": Message(CTX, ORDINALS[self.week], {}),
                        "weekday": Message(CTX, WEEKDAY_NAMES[self.weekday], {}), "month": MonthName(self.month)})


@dataclass(frozen=True, slots=True)
class MonthName:
    """A month inside a Message: the caller's language names it ("december")."""

    month: int

    def __str__(self) -> str:
        return calendar.month_name[self.month]


def occurrences(first: date, rule: str, until: date | None, start: date, end: date) -> list[tuple[date, bool]]:
    """The days from `start` to `end` on which an occasion first held on `first` falls: (day, repeated), where
    `repeated` is False for the first one itself. Never before `first` nor after `until`. A rule this app does
    not keep counts as none: the first day only."""
    try:
        repeat = Repeat.parse(rule)
    except RepeatError:
        repeat = None
    if repeat is None:
        return [(first, False)] if start <= first <= end else []
    found = []
    last = min(end, until) if until is not None else end
    for year in range(max(start.year, first.year), last.year + 1):
        day = first if year == first.year else repeat.in_year(year, first)
        if start <= day <= last and day >= first:
            found.append((day, year != first.year))
    return found


def is_last_of_month(day: date) -> bool:
    """Whether `day` is the last of its weekday in its month (the last Friday of December)."""
    return day.day + 7 > calendar.monthrange(day.year, day.month)[1]


def describe(first: date, rule: str, until: date | None) -> Message | None:
    """How a recorded occasion comes back, in words ("every year on 18 December, until 2030"); None: once."""
    try:
        repeat = Repeat.parse(rule)
    except RepeatError:
        return None
    if repeat is None:
        return None
    if until is None:
        return repeat.describe(first)
    return Message(CTX, QT_TRANSLATE_NOOP("Repeat", "{rule}, until {year}"),
                   {"rule": repeat.describe(first), "year": until.year})
