"""What the printed overviews hold, free of Qt: a month's occasions with their plans, and the birthday calendar.

Two audiences. The manager's overview has everything needed to get the work done: quiet colleagues, ages,
milestones, organisers, what is planned, budget, status, notes, and the month's monthly treats. The notice
board shows only what colleagues agreed to share (DESIGN.md: no quiet or no-consent colleagues, no hidden ages
or milestones) and nothing about plans, money or notes; sad moments (get well, condolence) are left off a
festive sheet too. Texts are returned as `Message`s or plain data and translated where they are printed.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.exchange.occasion_report import DescribedOccasion, describe_occasions
from desktop.models.celebration import MONTHLY_TREAT_KIND, Celebration, Status
from desktop.models.colleague import Celebrate, Colleague, name_sort_key
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.labels import what
from desktop.models.occasions import Audience, Kind
from desktop.store.celebrations import Celebrations
from desktop.store.repository import Register

CTX = "MonthReport"
MONTHLY_TREAT = QT_TRANSLATE_NOOP("MonthReport", "Monthly treat")
# Not festive: left off the notice board (the manager's overview keeps them).
_NOT_FOR_THE_BOARD = frozenset({Kind.GET_WELL, Kind.CONDOLENCE})
_KIND_ORDER = {kind.value: index for index, kind in enumerate(Kind)} | {MONTHLY_TREAT_KIND: len(Kind)}


class ReportAudience(StrEnum):
    MANAGER = "manager"
    BOARD = "board"


@dataclass(frozen=True)
class ReportRow:
    day: date  # the occasion's date (a monthly treat: the day it is held)
    kind: str  # a Kind value, or MONTHLY_TREAT_KIND
    name: str  # empty: not about one colleague (a monthly treat, a custom occasion for everyone)
    what: Message  # "50 years — Abraham/Sarah", "12.5 years of service", "First day"
    department: str = ""
    milestone: bool = False
    # The manager's overview only; always empty on the notice board.
    quiet: bool = False
    age: int | None = None
    celebration_date: date | None = None  # the day it is celebrated (the plan's, else the suggested one)
    organisers: tuple[str, ...] = ()
    plan: str = ""  # what is planned
    budget_cents: int | None = None
    status: Status | None = None  # None: nothing planned yet
    likes: str = ""
    dietary: str = ""
    notes: str = ""  # the colleague's notes
    plan_notes: str = ""


@dataclass(frozen=True)
class MonthReport:
    year: int
    month: int
    audience: ReportAudience
    rows: tuple[ReportRow, ...]

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def total_budget_cents(self) -> int:
        """What the month's plans may cost (skipped ones not counted); 0 on the notice board."""
        return sum(row.budget_cents or 0 for row in self.rows if row.status not in (None, Status.SKIPPED))

    @property
    def planned_count(self) -> int:
        return sum(1 for row in self.rows if row.status in (Status.PLANNED, Status.DONE))


def parse_month(text: str) -> tuple[int, int]:
    """ "2027-03" → (2027, 3); ValueError for anything else ("2027-13", "2027-3-1", "march")."""
    parts = text.strip().split("-")
    if len(parts) != 2 or len(parts[0]) != 4 or not 1 <= len(parts[1]) <= 2 \
            or not (parts[0].isdigit() and parts[1].isdigit()):
        raise ValueError(text)
    year, month = int(parts[0]), int(parts[1])
    if not (1 <= month <= 12 and year >= 1900):
        raise ValueError(text)
    return year, month


def default_month(today: date) -> tuple[int, int]:
    """The month one prints today: the current one in its first week, else the next."""
    if today.day <= 7:
        return today.year, today.month
    return (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)


def month_report(register: Register, year: int, month: int,
                 audience: ReportAudience = ReportAudience.MANAGER) -> MonthReport:
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    departments = {department.id: department.name for department in register.departments()}
    if audience is ReportAudience.BOARD:
        described = describe_occasions(register, first, last, Audience.SHARED)
        rows = [_board_row(item, departments) for item in described
                if item.occasion.kind not in _NOT_FOR_THE_BOARD]
    else:
        described = describe_occasions(register, first, last, Audience.MANAGER)
        # A plan may be celebrated up to a week from its occasion; monthly treats fall inside the month.
        plans = Celebrations(register.db).all(first - timedelta(days=14), last + timedelta(days=14))
        by_key = {plan.occasion_key: plan for plan in plans}
        people = {item.colleague.id: item.colleague for item in described if item.colleague is not None}
        missing = {o.colleague_id for plan in plans for o in plan.organisers} - people.keys()
        if missing:
            people.update((c.id, c) for c in register.colleagues() if c.id in missing)
        rows = [_manager_row(item, by_key.get(item.occasion.key), departments, people) for item in described]
        rows += [_treat_row(plan, people) for plan in plans
                 if plan.kind == MONTHLY_TREAT_KIND and first <= plan.celebration_date <= last]
    rows.sort(key=_row_order)
    return MonthReport(year, month, audience, tuple(rows))


def _row_order(row: ReportRow) -> tuple:
    return (row.day, _KIND_ORDER.get(row.kind, 99), row.name == "", row.name.casefold())


def _name(item: DescribedOccasion) -> str:
    return item.colleague.full_name if item.colleague is not None else ""


def _department(colleague: Colleague | None, departments: dict[int | None, str]) -> str:
    return departments.get(colleague.department_id, "") if colleague is not None else ""


def _board_row(item: DescribedOccasion, departments: dict[int | None, str]) -> ReportRow:
    occasion = item.occasion
    return ReportRow(occasion.date, occasion.kind.value, _name(item), what(occasion, item.policy),
                     _department(item.colleague, departments), occasion.milestone)


def _manager_row(item: DescribedOccasion, plan: Celebration | None, departments: dict[int | None, str],
                 people: dict[int | None, Colleague]) -> ReportRow:
    occasion, colleague = item.occasion, item.colleague
    return ReportRow(
        occasion.date, occasion.kind.value, _name(item), what(occasion, item.policy),
        _department(colleague, departments), occasion.milestone,
        quiet=colleague is not None and colleague.celebrate is Celebrate.QUIET,
        age=occasion.age,
        celebration_date=plan.celebration_date if plan is not None else item.celebration_date,
        organisers=_organiser_names(plan, people),
        plan=plan.what if plan is not None else "",
        budget_cents=plan.budget_cents if plan is not None else None,
        status=plan.status if plan is not None else None,
        likes=colleague.likes if colleague is not None else "",
        dietary=colleague.dietary if colleague is not None else "",
        notes=colleague.notes if colleague is not None else "",
        plan_notes=plan.notes if plan is not None else "",
    )


def _treat_row(plan: Celebration, people: dict[int | None, Colleague]) -> ReportRow:
    return ReportRow(plan.celebration_date, MONTHLY_TREAT_KIND, "", Message(CTX, MONTHLY_TREAT),
                     celebration_date=plan.celebration_date, organisers=_organiser_names(plan, people),
                     plan=plan.what, budget_cents=plan.budget_cents, status=plan.status, plan_notes=plan.notes)


def _organiser_names(plan: Celebration | None, people: dict[int | None, Colleague]) -> tuple[str, ...]:
    if plan is None:
        return ()
    return tuple(people[o.colleague_id].full_name for o in plan.organisers if o.colleague_id in people)


# -- the perpetual birthday calendar ---------------------------------------------------------------
@dataclass(frozen=True)
class CalendarName:
    name: str
    year: int | None = None  # the birth year, only when asked for and the colleague shares their age


def birthday_calendar(colleagues: list[Colleague], today: date,
                      with_years: bool = False) -> list[list[list[CalendarName]]]:
    """Per month (0–11) and day (0 to the month's last day, February with 29), the names of the colleagues
    employed today who agreed to be celebrated in public (quiet and no left out), in Dutch name order."""
    months: list[list[list[CalendarName]]] = [
        [[] for _ in range(calendar.monthrange(2000, month)[1])] for month in range(1, 13)]
    for colleague in sorted(colleagues, key=name_sort_key):
        if colleague.birth is None or colleague.celebrate is not Celebrate.YES or not colleague.employed_on(today):
            continue
        year = colleague.birth.year if with_years and colleague.show_age else None
        months[colleague.birth.month - 1][colleague.birth.day - 1].append(CalendarName(colleague.full_name, year))
    return months
