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
    "likes", "dietary", "notes",
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _birth(text: str | None) -> PartialDate | None:
    if not text:
        return None
    if text.startswith("--"):
        return PartialDate(int(text[2:4]), int(text[5:7]))
    return PartialDate.from_date(date.fromisoformat(text))


def colleague_from_row(row: tuple[Any, ...]) -> Colleague:
    """`row` holds COLLEAGUE_COLUMNS in order."""
    (id_, first, prefix, last, email, dept, birth, hire, service, end, work_days, celebrate, show_age,
     organises, leap_day, likes, dietary, notes) = row
    return Colleague(
        id=id_, first_name=first, prefix=prefix, last_name=last, email=email, department_id=dept,
        birth=_birth(birth), hire_date=_day(hire), service_start=_day(service), end_date=_day(end),
        work_days=parse_work_days(work_days), celebrate=Celebrate(celebrate), show_age=bool(show_age),
        organises=bool(organises), leap_day=LeapDay(leap_day), likes=likes, dietary=dietary, notes=notes,
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
        "notes": colleague.notes,
    }
