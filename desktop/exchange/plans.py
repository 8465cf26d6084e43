"""The stored plans beside the occasions they are for, read from the file (the matching itself is models.plans).

What the planning view, the plan editor, the printed overview, the manager's and organisers' calendars, the
mails and the `plans` command show: each occasion of a period with its plan (or none), the stale plans of the
period (their occasion moved or is gone: shown as such, never as the plan of the occasion's new date) and
the monthly treats held in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.exchange.occasion_report import DescribedOccasion, describe_occasions
from desktop.models.celebration import STATUS_NAMES, Celebration, Status
from desktop.models.colleague import Colleague
from desktop.models.consent import Audience, dietary_instruction, occasion_for
from desktop.models.dates import last_day_of_month
from desktop.models.i18n import Message
from desktop.models.kinds import Kind
from desktop.models.labels import kind_name, title
from desktop.models.money import euros
from desktop.models.occasions import Occasion
from desktop.models.plans import PlanMatch, match_plans
from desktop.models.privacy import former_organisers
from desktop.store.celebrations import Celebrations
from desktop.store.repository import Register


@dataclass(frozen=True)
class PlanningItem:
    key: str
    kind: Kind
    colleague: Colleague | None
    occasion_date: date
    suggested_day: date  # the occasion's suggested day to celebrate (stale plans, treats: the plan's day)
    title: Message  # for the manager
    described: DescribedOccasion | None = None  # None: a stale plan or a monthly treat
    celebration: Celebration | None = None
    stale: bool = False  # a stored plan whose occasion moved or no longer exists
    moved_plan: Celebration | None = None  # for an unplanned occasion: the stale plan probably made for it

    @property
    def monthly_treat(self) -> bool:
        return self.kind is Kind.MONTHLY_TREAT

    @property
    def status(self) -> Status:
        return self.celebration.status if self.celebration is not None else Status.TO_PLAN

    @property
    def day(self) -> date:
        """The day it is (or would be) celebrated: the plan's chosen day, else the suggested one."""
        return self.celebration.celebration_date if self.celebration is not None else self.suggested_day

    @property
    def colleague_id(self) -> int | None:
        return self.colleague.id if self.colleague is not None else None

    @property
    def status_name(self) -> Message:
        return Message("Celebration", STATUS_NAMES[self.status])

    @property
    def occasion(self) -> Occasion | None:
        return self.described.occasion if self.described is not None else None


@dataclass(frozen=True)
class PlanBook:
    """A period's items, sorted by the day they are celebrated, and the colleagues they name."""

    items: list[PlanningItem]
    people: dict[int, Colleague]
    match: PlanMatch
    occasions: list[DescribedOccasion]  # every occasion from start to end (manager audience), by date

    def planned(self) -> list[PlanningItem]:
        """The items with a stored plan (matched, stale or a monthly treat)."""
        return [item for item in self.items if item.celebration is not None]


def plan_book(register: Register, start: date, end: date, earliest: date | None = None,
              plans: Iterable[Celebration] | None = None, colleagues: list[Colleague] | None = None) -> PlanBook:
    """Every occasion from `start` to `end` (manager audience) with its plan, the stale plans and the monthly
    treats of the period; an item is in the period when its occasion or its celebration day lies in it.
    `earliest`: no suggested day before it (planning from today). `plans` and `colleagues`: the stored plans and
    the register's colleagues, when the caller has read them already."""
    stored = list(Celebrations(register.db).around(start, end) if plans is None else plans)
    in_view = [p for p in stored if start <= p.occasion_date <= end or start <= p.celebration_date <= end]
    # Judging a plan needs the occasions of its own date (a plan celebrated in the period may be for an
    # occasion just outside it).
    low = min([start, *(p.occasion_date for p in in_view)])
    high = max([end, *(p.occasion_date for p in in_view)])
    colleagues = register.colleagues() if colleagues is None else colleagues
    described = describe_occasions(register, low, high, earliest=earliest, colleagues=colleagues)
    match = match_plans((item.occasion for item in described), in_view, low, high)
    people = {c.id: c for c in colleagues if c.id is not None}
    items: list[PlanningItem] = []
    for item in described:
        occasion = item.occasion
        plan = match.plan_for(occasion)
        if not (start <= occasion.date <= end or (plan is not None and start <= plan.celebration_date <= end)):
            continue
        name = item.colleague.full_name if item.colleague is not None else ""
        items.append(PlanningItem(occasion.key, occasion.kind, item.colleague, occasion.date, item.celebration_date,
                                  title(occasion, name, item.policy), item, plan,
                                  moved_plan=match.moved_from.get(occasion.key)))
    for plan in (*match.stale, *match.treats):
        if not (start <= plan.occasion_date <= end or start <= plan.celebration_date <= end):
            continue
        colleague = people.get(plan.colleague_id) if plan.colleague_id is not None else None
        items.append(PlanningItem(plan.occasion_key, plan.kind, colleague, plan.occasion_date, plan.celebration_date,
                                  plan_title(plan, colleague), None, plan, stale=plan.kind is not Kind.MONTHLY_TREAT))
    items.sort(key=lambda i: (i.day, i.occasion_date, i.key))
    period = [item for item in described if start <= item.occasion.date <= end]
    return PlanBook(items, people, match, period)


def plan_title(plan: Celebration, colleague: Colleague | None) -> Message:
    """A title for a stored plan whose occasion is not at hand (a stale plan, a monthly treat)."""
    kind = kind_name(plan.kind)
    if colleague is None:
        return kind
    return Message("Occasion", "{what}: {name}", {"what": kind, "name": colleague.full_name})


def organiser_occasion(item: PlanningItem) -> Occasion | None:
    """The occasion as its organisers may see it (models.consent): None when they may not (a quiet or
    no-consent colleague, a private kind) or when the plan is stale."""
    if item.stale or item.described is None:
        return None
    return occasion_for(Audience.ORGANISER, item.described.occasion, item.colleague)


def organiser_title(item: PlanningItem) -> Message | None:
    """What the item is called where organisers read it (their calendar, the mail): no age or milestone the
    celebrant keeps to themselves. None when organisers may not be told of it."""
    if item.monthly_treat:
        return item.title
    occasion = organiser_occasion(item)
    if occasion is None or item.described is None:
        return None
    return title(occasion, item.colleague.full_name if item.colleague is not None else "", item.described.policy)


def plan_json(item: PlanningItem, people: Mapping[int, Colleague], translate: Callable[[Message], str]
              ) -> dict[str, Any]:
    """The stable JSON shape of `social-calendar plans` (the manager audience): one stored plan."""
    plan = item.celebration
    assert plan is not None, "only items with a stored plan"
    organisers = [people[o.colleague_id] for o in plan.organisers if o.colleague_id in people]
    return {
        "date": item.occasion_date.isoformat(),
        "kind": item.kind.value,
        "colleague_email": item.colleague.email or None if item.colleague is not None else None,
        "title": translate(item.title),
        "celebration_date": plan.celebration_date.isoformat(),
        "status": plan.status.value,
        "stale": item.stale,
        "organisers": [{"email": c.email or None, "name": c.full_name} for c in organisers]
        + ([{"email": None, "name": translate(former_organisers(plan))}] if plan.former_organisers else []),
        "what": plan.what,
        "budget_eur": euros(plan.budget_cents),
        "actual_cost_eur": None if plan.actual_cost_cents is None else euros(plan.actual_cost_cents),
    }


def treat_dietary(register: Register, plan: Celebration) -> tuple[str, ...]:
    """How the food of a monthly treat must be made for that month's celebrants (models.consent's organiser
    rule: each need once, never whose need it is)."""
    first = plan.occasion_date.replace(day=1)
    described = describe_occasions(register, first, last_day_of_month(first.year, first.month), Audience.ORGANISER)
    celebrants = [item.colleague for item in described if item.colleague is not None
                  and item.occasion.kind is Kind.BIRTHDAY and not item.occasion.milestone]
    return dietary_instruction(celebrants)


def status_counts(items: Iterable[PlanningItem]) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for item in items:
        counts[item.status] += 1
    return counts
