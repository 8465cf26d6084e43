"""The colleague's rights under the AVG/GDPR, as rules: what is stored about one person (their export), and
when a leaver's data is erased (`privacy.leaver_retention_months` after their end date, never while a plan
about them is still open). Plain data in, plain data out; `today` is a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.models.celebration import Celebration, Status
from desktop.models.colleague import Colleague
from desktop.models.dates import add_months
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message, translate
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.workdays import format_work_days

if TYPE_CHECKING:
    from desktop.models.organisers import Leave

# Where a forgotten colleague organised, the plan keeps this in their place (translated where it is shown).
FORMER_COLLEAGUE = QT_TRANSLATE_NOOP("Privacy", "a former colleague")
FORMER_COLLEAGUES = QT_TRANSLATE_NOOP("Privacy", "{count} former colleagues")
OPEN_STATUSES = frozenset({Status.TO_PLAN, Status.PLANNED})


def former_organisers(plan: Celebration) -> Message:
    """In place of the organisers since forgotten: "a former colleague" (or "2 former colleagues")."""
    return Message("Privacy", FORMER_COLLEAGUE if plan.former_organisers == 1 else FORMER_COLLEAGUES,
                   {"count": plan.former_organisers})


def is_open(plan: Celebration, today: date) -> bool:
    """A plan still to happen: to plan or planned, on today or a later day. It holds its celebrant's data."""
    return plan.status in OPEN_STATUSES and plan.celebration_date >= today


def erase_on(end_date: date | None, months: int) -> date | None:
    """The day a leaver's data is erased: `months` after their end date; None when they have no end date or
    the setting is 0 (never)."""
    if end_date is None or months <= 0:
        return None
    return add_months(end_date, months)


@dataclass(frozen=True, slots=True)
class Scheduled:
    """A leaver and the day their data goes. `held`: the day has come, but a plan about them is still open."""

    colleague_id: int
    name: str
    email: str
    end_date: date
    erase_on: date
    held: bool

    def due(self, today: date) -> bool:
        return self.erase_on <= today and not self.held


def schedule(colleagues: Iterable[Colleague], plans: Iterable[Celebration], today: date,
             months: int) -> list[Scheduled]:
    """Everyone with an end date and the day their data is erased, soonest first (the preview of who goes next);
    empty when the setting is 0. `plans` are the stored plans (those about the colleagues are looked at)."""
    if months <= 0:
        return []
    open_about = {plan.colleague_id for plan in plans if plan.colleague_id is not None and is_open(plan, today)}
    found = []
    for colleague in colleagues:
        day = erase_on(colleague.end_date, months)
        if day is None or colleague.id is None or colleague.end_date is None:
            continue
        found.append(Scheduled(colleague.id, colleague.full_name, colleague.email, colleague.end_date, day,
                               held=day <= today and colleague.id in open_about))
    return sorted(found, key=lambda item: (item.erase_on, item.name.casefold(), item.colleague_id))


def due(scheduled: Iterable[Scheduled], today: date) -> list[Scheduled]:
    """Those whose data must be erased today."""
    return [item for item in scheduled if item.due(today)]


@dataclass(frozen=True, slots=True)
class Erasure:
    """What forgetting a colleague takes with it (asked before, reported after)."""

    records: int  # recorded occasions (births, weddings, ...)
    plans: int  # plans about them
    leave: int  # leave periods
    organised: int  # other plans they organise: those keep "a former colleague"
    mails: int  # entries of the sent-log about them or to them


# -- the export -------------------------------------------------------------------------------------------
def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _plan(plan: Celebration, names: Mapping[int, str]) -> dict[str, Any]:
    return {
        "kind": plan.kind.value, "occasion_date": plan.occasion_date.isoformat(),
        "celebration_date": plan.celebration_date.isoformat(), "status": plan.status.value, "what": plan.what,
        "budget_cents": plan.budget_cents, "actual_cost_cents": plan.actual_cost_cents, "notes": plan.notes,
        "organisers": [names.get(o.colleague_id, "") for o in plan.organisers],
        "former_organisers": plan.former_organisers,
    }


def person_export(colleague: Colleague, department: str | None, records: Iterable[RecordedOccasion],
                  plans_about: Iterable[Celebration], plans_organised: Iterable[Celebration],
                  leave: Iterable[Leave], mails: Iterable[Mapping[str, str]],
                  names: Mapping[int, str]) -> dict[str, Any]:
    """Everything stored about `colleague`, as a JSON-ready object (the right of access, AVG article 15).
    `names`: colleague id to full name, for the organisers of the plans listed."""
    return {
        "colleague": {
            "first_name": colleague.first_name, "prefix": colleague.prefix, "last_name": colleague.last_name,
            "email": colleague.email, "department": department, "birth": colleague.birth.iso() if colleague.birth
            else None, "hire_date": _day(colleague.hire_date), "service_start": _day(colleague.service_start),
            "end_date": _day(colleague.end_date), "work_days": format_work_days(colleague.work_days),
            "leap_day": colleague.leap_day.value, "likes": colleague.likes, "dietary": colleague.dietary,
            "notes": colleague.notes,
        },
        "consent": {"celebrate": colleague.celebrate.value, "show_age": colleague.show_age,
                    "organises": colleague.organises},
        "recorded_occasions": [{"kind": r.kind, "date": r.date.isoformat(), "title": r.title,
                                "child_name": r.child_name, "notes": r.notes} for r in records],
        "plans_about": [_plan(plan, names) for plan in plans_about],
        "plans_organised": [_plan(plan, names) | {"celebrant": names.get(plan.colleague_id or 0)}
                            for plan in plans_organised],
        "leave": [{"start": period.start.isoformat(), "end": period.end.isoformat()} for period in leave],
        "sent_mail": [dict(mail) for mail in mails],
    }


def erased_elsewhere(count: int) -> Message:
    """What a sync round says when it forgot colleagues another committee member erased (no name: the point of
    an erasure is that this file no longer knows it)."""
    return Message("Privacy", translate("Privacy", "%n colleague(s) erased by another committee member; changes to "
                                                   "them made here were dropped", "", 2), count=count)
