"""A colleague in the register, and the small facts derived from one: name order, age, next birthday."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from desktop.models.dates import PartialDate, is_leap_year


class Celebrate(StrEnum):
    """Consent to be celebrated: `quiet` is seen by the manager only, never on shared outputs."""

    YES = "yes"
    QUIET = "quiet"
    NO = "no"


class LeapDay(StrEnum):
    """Where a 29 February birthday falls in a common year."""

    FEB_28 = "feb28"
    MAR_1 = "mar1"


ALL_WEEKDAYS = frozenset(range(7))
OFFICE_WEEK = frozenset(range(5))  # Monday (0) to Friday (4), as date.weekday() counts


@dataclass(frozen=True, slots=True)
class Department:
    id: int | None
    name: str


MAIL_LANGUAGES = ("", "nl", "en")


@dataclass(frozen=True, slots=True)
class Colleague:
    """One person; `id` is None until the colleague is stored. Text fields are never None, only empty."""

    id: int | None = None
    first_name: str = ""
    prefix: str = ""  # tussenvoegsel: "van der" in "Pieter van der Berg"
    last_name: str = ""
    email: str = ""
    department_id: int | None = None
    birth: PartialDate | None = None
    hire_date: date | None = None
    service_start: date | None = None  # None: count service years from the hire date
    end_date: date | None = None
    work_days: frozenset[int] = OFFICE_WEEK
    celebrate: Celebrate = Celebrate.YES
    show_age: bool = True
    organises: bool = True
    leap_day: LeapDay = LeapDay.FEB_28
    likes: str = ""
    dietary: str = ""
    notes: str = ""
    language: str = ""  # of the mails to them: one of MAIL_LANGUAGES; "" writes in the app's language

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.prefix, self.last_name) if part)

    @property
    def sort_name(self) -> str:
        """The name as a Dutch list shows it: "Berg, Pieter van der"."""
        given = " ".join(part for part in (self.first_name, self.prefix) if part)
        if not self.last_name:
            return given
        return f"{self.last_name}, {given}" if given else self.last_name

    @property
    def effective_service_start(self) -> date | None:
        return self.service_start or self.hire_date

    def with_changes(self, **changes: object) -> Colleague:
        return replace(self, **changes)  # type: ignore[arg-type]

    def employed_on(self, day: date) -> bool:
        """On or after the hire date and on or before the end date; an unknown hire date counts as employed."""
        if self.hire_date is not None and day < self.hire_date:
            return False
        return self.end_date is None or day <= self.end_date

    def age_on(self, day: date) -> int | None:
        """Completed years on `day`; None when the birth year is unknown."""
        if self.birth is None or self.birth.year is None:
            return None
        # The birthday as celebrated this year: a 29 February child turns a year older on 28 Feb or 1 Mar.
        had_birthday = day >= birthday_in_year(self.birth, day.year, self.leap_day)
        return day.year - self.birth.year - (0 if had_birthday else 1)

    def birthday_in(self, year: int) -> date | None:
        """The day the birthday falls on in `year`, applying the colleague's 29 February choice."""
        if self.birth is None:
            return None
        return birthday_in_year(self.birth, year, self.leap_day)

    def next_birthday(self, today: date) -> date | None:
        """The first birthday on or after `today` (not limited to employment: a table column, not an occasion)."""
        this_year = self.birthday_in(today.year)
        if this_year is None:
            return None
        return this_year if this_year >= today else self.birthday_in(today.year + 1)


def birthday_in_year(birth: PartialDate, year: int, leap_day: LeapDay = LeapDay.FEB_28) -> date:
    if birth.month == 2 and birth.day == 29 and not is_leap_year(year):
        return date(year, 3, 1) if leap_day is LeapDay.MAR_1 else date(year, 2, 28)
    return date(year, birth.month, birth.day)




def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching and sorting ("Özil" next to "Ozturk")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_sort_key(colleague: Colleague) -> tuple[str, str, str]:
    """Dutch order: by last name ignoring the prefix, so "Pieter van der Berg" sorts under B."""
    return (fold(colleague.last_name), fold(colleague.first_name), fold(colleague.prefix))
