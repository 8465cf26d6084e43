"""Dates as people type them: ISO, Dutch day-month-year, and birthdays without a year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Dates"


class DateError(ValueError):
    """A date that cannot be read or does not exist; `message` says why, for the user."""

    def __init__(self, message: Message):
        super().__init__(message.untranslated())
        self.message = message


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A day of the year with an optional year: a birthday whose year may be unknown."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # A year-less date is checked against a leap year so that --02-29 is allowed.
        try:
            date(self.year if self.year is not None else 2000, self.month, self.day)
        except ValueError:
            raise DateError(_impossible(self.day, self.month, self.year)) from None

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.month, value.day, value.year)

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year is not None else None

    def iso(self) -> str:
        """`YYYY-MM-DD`, or `--MM-DD` (as in vCard) when the year is unknown."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """Dutch order, as the office manager writes it: 31-12-1980, or 31-12 without a year."""
        return _day_month_year(self.day, self.month, self.year)


_PATTERNS = [
    # (regex, group order) — day/month/year positions; compiled on first use by re's cache, not at start-up
    (r"^(\d{4})-(\d{1,2})-(\d{1,2})$", ("y", "m", "d")),
    (r"^(\d{4})(\d{2})(\d{2})$", ("y", "m", "d")),
    (r"^(\d{4})/(\d{1,2})/(\d{1,2})$", ("y", "m", "d")),
    (r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$", ("d", "m", "y")),
    (r"^--(\d{2})-?(\d{2})$", ("m", "d")),
    (r"^(\d{1,2})[-/.](\d{1,2})$", ("d", "m")),
]


def parse_partial_date(text: str) -> PartialDate:
    """Read a date whose year may be missing.

    Accepts YYYY-MM-DD, YYYYMMDD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY, --MM-DD, --MMDD and DD-MM.
    Day-first is the Dutch habit, so 03-04-1980 is 3 April.
    """
    cleaned = text.strip()
    # Spreadsheets and vCards add a time to birthdays ("1980-04-03T00:00:00").
    cleaned = re.sub(r"[T ]00:00(:00(\.0+)?)?Z?$", "", cleaned)
    for pattern, order in _PATTERNS:
        found = re.match(pattern, cleaned)
        if found:
            parts = dict(zip(order, (int(g) for g in found.groups()), strict=True))
            year = parts.get("y")
            if year is not None and not 1800 <= year <= 2200:
                raise DateError(Message(CTX, QT_TRANSLATE_NOOP("Dates", "{text} has an unlikely year"),
                                        {"text": cleaned}))
            try:
                return PartialDate(parts["m"], parts["d"], year)
            except DateError:
                # Name the date as the user wrote it: "1980-13-01 does not exist", not a reordered form.
                raise DateError(Message(CTX, QT_TRANSLATE_NOOP("Dates", "{date} does not exist"),
                                        {"date": cleaned})) from None
    raise DateError(Message(CTX, QT_TRANSLATE_NOOP("Dates", "{text} is not a date (use DD-MM-YYYY or YYYY-MM-DD)"),
                            {"text": cleaned}))


def parse_date(text: str) -> date:
    """Read a full date (with year) in any of the accepted formats."""
    partial = parse_partial_date(text)
    if partial.year is None:
        raise DateError(Message(CTX, QT_TRANSLATE_NOOP("Dates", "{text} has no year"), {"text": text.strip()}))
    return date(partial.year, partial.month, partial.day)


def _impossible(day: int, month: int, year: int | None) -> Message:
    shown = _day_month_year(day, month, year)
    return Message(CTX, QT_TRANSLATE_NOOP("Dates", "{date} does not exist"), {"date": shown})


DISPLAY_FORMAT_QT = "dd-MM-yyyy"  # display_date's pattern in Qt's notation, for date fields (QDateEdit)


def display_date(day: date | None) -> str:
    """How every screen, page and message shows a date: DD-MM-YYYY, the Dutch order (empty for no date)."""
    return _day_month_year(day.day, day.month, day.year) if day is not None else ""


def _day_month_year(day: int, month: int, year: int | None) -> str:
    shown = f"{day:02d}-{month:02d}"
    return shown if year is None else f"{shown}-{year:04d}"


def is_leap_year(year: int) -> bool:
    # calendar.isleap, without importing calendar (and the locale module with it) at start-up; a property
    # test holds the two equal
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    # calendar.monthrange's second half, without importing calendar at start-up (held equal by a test)
    if month == 2:
        return 29 if is_leap_year(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, days_in_month(year, month))


def add_months(start: date, months: int) -> date:
    """`start` plus `months` (negative: back); a day the target month lacks becomes its last day.

    The same as dateutil's `start + relativedelta(months=...)` (a property test holds them equal), written
    out because it runs for every colleague and relativedelta is several times slower.
    """
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    if start.day <= 28:
        return date(year, month, start.day)
    return date(year, month, min(start.day, days_in_month(year, month)))
