"""What the printed overviews hold, free of Qt: a month's occasions with their plans, and the birthday calendar.

Two audiences. The manager's overview has everything needed to get the work done: quiet colleagues, ages,
milestones, organisers, what is planned, budget, status, notes, and the month's monthly treats. The notice
board shows only what colleagues agreed to share (models.consent: no quiet or no-consent colleagues, no hidden ages
or milestones) and nothing about plans, money or notes; sad moments (get well, condolence) are left off
too (models.consent). A plan whose occasion moved or is gone is listed as such, never beside the occasion's new
date (models.plans). Texts are returned as `Message`s or plain data and translated where they are printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.exchange.occasion_report import DescribedOccasion, describe_occasions
from desktop.exchange.plans import PlanningItem, plan_book
from desktop.models.celebration import Celebration, Status
from desktop.models.colleague import Celebrate, Colleague, name_sort_key
from desktop.models.consent import Audience, birth_year_shown, on_birthday_calendar
from desktop.models.dates import days_in_month, last_day_of_month
from desktop.models.i18n import Message
from desktop.models.kinds import KIND_ORDER, Kind
from desktop.models.labels import kind_name, what
from desktop.models.privacy import former_organisers
from desktop.store.repository import Register


class ReportAudience(StrEnum):
    MANAGER = "manager"
    BOARD = "board"

    @property
    def audience(self) -> Audience:
        """Who reads it, for the consent rules: the notice board is a shared output."""
        return Audience.MANAGER if self is ReportAudience.MANAGER else Audience.SHARED


@dataclass(frozen=True)
class ReportRow:
    day: date  # the occasion's date (a monthly treat: the day it is held)
    kind: Kind
    name: str  # empty: not about one colleague (a monthly treat, a custom occasion for everyone)
    what: Message  # "50 years — Abraham/Sarah", "12.5 years of service", "First day"
    department: str = ""
    milestone: bool = False
    # The manager's overview only; always empty on the notice board.
    quiet: bool = False
    age: int | None = None
    celebration_date: date | None = None  # the day it is celebrated (the plan's, else the suggested one)
    organisers: tuple[str, ...] = ()
    former_organisers: Message | None = None  # "a former colleague": organisers forgotten since (models/privacy)
    plan: str = ""  # what is planned
    budget_cents: int | None = None
    status: Status | None = None  # None: nothing planned yet
    stale: bool = False  # the plan's occasion moved or is gone: the manager moves or deletes it
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
        return last_day_of_month(self.year, self.month)

    @property
    def total_budget_cents(self) -> int:
        """What the month's plans may cost (skipped and stale ones not counted); 0 on the notice board."""
        return sum(row.budget_cents or 0 for row in self.rows
                   if row.status not in (None, Status.SKIPPED) and not row.stale)

    @property
    def occasion_count(self) -> int:
        return sum(1 for row in self.rows if row.kind is not Kind.MONTHLY_TREAT and not row.stale)

    @property
    def planned_count(self) -> int:
        return sum(1 for row in self.rows if row.status in (Status.PLANNED, Status.DONE) and not row.stale)


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
    first, last = date(year, month, 1), last_day_of_month(year, month)
    departments = {department.id: department.name for department in register.departments()}
    if audience is ReportAudience.BOARD:
        shared = describe_occasions(register, first, last, audience.audience)
        rows = [_board_row(item, departments) for item in shared]
    else:
        book = plan_book(register, first, last)
        rows = []
        for item in book.items:
            if item.monthly_treat:
                if first <= item.day <= last:
                    rows.append(_treat_row(item.celebration, book.people))
            elif first <= item.occasion_date <= last:
                rows.append(_manager_row(item, departments, book.people))
    rows.sort(key=_row_order)
    return MonthReport(year, month, audience, tuple(rows))


def _row_order(row: ReportRow) -> tuple:
    return (row.day, KIND_ORDER[row.kind], row.name == "", row.name.casefold())


def _name(item: DescribedOccasion) -> str:
    return item.colleague.full_name if item.colleague is not None else ""


def _department(colleague: Colleague | None, departments: dict[int | None, str]) -> str:
    return departments.get(colleague.department_id, "") if colleague is not None else ""


def _board_row(item: DescribedOccasion, departments: dict[int | None, str]) -> ReportRow:
    occasion = item.occasion
    return ReportRow(occasion.date, occasion.kind, _name(item), what(occasion, item.policy),
                     _department(item.colleague, departments), occasion.milestone)


def _manager_row(item: PlanningItem, departments: dict[int | None, str],
                 people: dict[int, Colleague]) -> ReportRow:
    colleague, plan = item.colleague, item.celebration
    what_text = what(item.described.occasion, item.described.policy) if item.described is not None else item.title
    return ReportRow(
        item.occasion_date, item.kind, colleague.full_name if colleague is not None else "", what_text,
        _department(colleague, departments), item.occasion.milestone if item.occasion is not None else False,
        quiet=colleague is not None and colleague.celebrate is Celebrate.QUIET,
        age=item.occasion.age if item.occasion is not None else None,
        celebration_date=item.day,
        organisers=_organiser_names(plan, people), former_organisers=_former(plan),
        plan=plan.what if plan is not None else "",
        budget_cents=plan.budget_cents if plan is not None else None,
        status=plan.status if plan is not None else None,
        stale=item.stale,
        likes=colleague.likes if colleague is not None else "",
        dietary=colleague.dietary if colleague is not None else "",
        notes=colleague.notes if colleague is not None else "",
        plan_notes=plan.notes if plan is not None else "",
    )


def _treat_row(plan: Celebration | None, people: dict[int, Colleague]) -> ReportRow:
    assert plan is not None  # a monthly treat exists only as a plan
    return ReportRow(plan.celebration_date, Kind.MONTHLY_TREAT, "", kind_name(Kind.MONTHLY_TREAT),
                     celebration_date=plan.celebration_date, organisers=_organiser_names(plan, people),
                     former_organisers=_former(plan), plan=plan.what, budget_cents=plan.budget_cents,
                     status=plan.status, plan_notes=plan.notes)


def _former(plan: Celebration | None) -> Message | None:
    return former_organisers(plan) if plan is not None and plan.former_organisers else None


def _organiser_names(plan: Celebration | None, people: dict[int, Colleague]) -> tuple[str, ...]:
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
        [[] for _ in range(days_in_month(2000, month))] for month in range(1, 13)]
    for colleague in sorted(colleagues, key=name_sort_key):
        if not on_birthday_calendar(colleague, today) or colleague.birth is None:
            continue
        year = colleague.birth.year if with_years and birth_year_shown(Audience.SHARED, colleague) else None
        months[colleague.birth.month - 1][colleague.birth.day - 1].append(CalendarName(colleague.full_name, year))
    return months
