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
        if self.year is None:
            return f"{self.day:02d}-{self.month:02d}"
        return f"{self.day:02d}-{self.month:02d}-{self.year:04d}"


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
    shown = f"{day:02d}-{month:02d}" + (f"-{year:04d}" if year is not None else "")
    return Message(CTX, QT_TRANSLATE_NOOP("Dates", "{date} does not exist"), {"date": shown})
