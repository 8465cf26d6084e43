"""Conversions between database rows and model objects."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.models.colleague import Celebrate, Colleague, LeapDay
from desktop.models.dates import PartialDate
from desktop.models.workdays import format_work_days, parse_work_days

COLLEAGUE_COLUMNS = (
    "id", "first_name", "prefix", "last_name", "email", "department_id", "birth", "hire_date",
    "service_start", "end_date", "work_days", "celebrate", "show_age", "organises", "leap_day",
    "likes", "dietary", "notes", "language",
)


# Reading thousands of rows at start-up: look values up instead of constructing enums and parsing each time.
_CELEBRATE = {member.value: member for member in Celebrate}
_LEAP_DAY = {member.value: member for member in LeapDay}
_WORK_DAYS: dict[str, frozenset[int]] = {}


def _work_days(text: str) -> frozenset[int]:
    days = _WORK_DAYS.get(text)
    if days is None:
        days = _WORK_DAYS[text] = parse_work_days(text)
    return days


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _birth(text: str | None) -> PartialDate | None:
    if not text:
        return None
    if text.startswith("--"):
        return PartialDate(int(text[2:4]), int(text[5:7]))
    return PartialDate(int(text[5:7]), int(text[8:10]), int(text[0:4]))


def colleague_from_row(row: tuple[Any, ...]) -> Colleague:
    """`row` holds COLLEAGUE_COLUMNS in order."""
    (id_, first, prefix, last, email, dept, birth, hire, service, end, work_days, celebrate, show_age,
     organises, leap_day, likes, dietary, notes, language) = row
    return Colleague(
        id=id_, first_name=first, prefix=prefix, last_name=last, email=email, department_id=dept,
        birth=_birth(birth), hire_date=_day(hire), service_start=_day(service), end_date=_day(end),
        work_days=_work_days(work_days), celebrate=_CELEBRATE[celebrate], show_age=bool(show_age),
        organises=bool(organises), leap_day=_LEAP_DAY[leap_day], likes=likes, dietary=dietary, notes=notes,
        language=language,
    )


def colleague_to_row(colleague: Colleague) -> dict[str, Any]:
    """Column values without `id`."""
    return {
        "first_name": colleague.first_name, "prefix": colleague.prefix, "last_name": colleague.last_name,
        "email": colleague.email, "department_id": colleague.department_id,
        "birth": colleague.birth.iso() if colleague.birth else None,
        "hire_date": colleague.hire_date.isoformat() if colleague.hire_date else None,
        "service_start": colleague.service_start.isoformat() if colleague.service_start else None,
        "end_date": colleague.end_date.isoformat() if colleague.end_date else None,
        "work_days": format_work_days(colleague.work_days), "celebrate": colleague.celebrate.value,
        "show_age": int(colleague.show_age), "organises": int(colleague.organises),
        "leap_day": colleague.leap_day.value, "likes": colleague.likes, "dietary": colleague.dietary,
        "notes": colleague.notes, "language": colleague.language,
    }
