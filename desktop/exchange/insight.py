"""The connection figures of a period read from the file (the figures themselves are models.connections).

Which plan counts is models.plans' answer through `plan_book`: stale plans never count, skipped plans never.
A monthly treat's celebrants are the month's plain birthdays that have no plan of their own.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from desktop.exchange.plans import PlanBook, PlanningItem, plan_book
from desktop.models.celebration import Status
from desktop.models.connections import Gap, Insight, counted_from_plans, insight
from desktop.models.kinds import Kind
from desktop.store.repository import Register


def _treat_celebrants(book: PlanBook) -> dict[tuple[int, int], tuple[int, ...]]:
    found: dict[tuple[int, int], list[int]] = {}
    for item in book.items:
        occasion = item.occasion
        if (occasion is not None and occasion.kind is Kind.BIRTHDAY and not occasion.milestone
                and item.celebration is None and item.colleague_id is not None):
            found.setdefault((item.occasion_date.year, item.occasion_date.month), []).append(item.colleague_id)
    return {month: tuple(ids) for month, ids in found.items()}


def _celebrants(item: PlanningItem, treats: dict[tuple[int, int], tuple[int, ...]]) -> tuple[int, ...]:
    if item.monthly_treat:
        return treats.get((item.occasion_date.year, item.occasion_date.month), ())
    return (item.colleague_id,) if item.colleague_id is not None else ()


def _gap(item: PlanningItem) -> str | None:
    if item.colleague_id is None or item.monthly_treat:
        return None
    if item.stale:
        return "stale"
    if item.celebration is None:
        return "unplanned"
    return "skipped" if item.celebration.status is Status.SKIPPED else None


def period_insight(register: Register, start: date, end: date) -> tuple[Insight, PlanBook]:
    book = plan_book(register, start, end)
    treats = _treat_celebrants(book)
    in_period = [item for item in book.items if start <= item.occasion_date <= end]
    entries = [(item.celebration, item.stale, _celebrants(item, treats))
               for item in in_period if item.celebration is not None]
    counted = counted_from_plans(entries, start, end)
    gaps = [Gap(item.colleague_id, state) for item in in_period
            if item.colleague_id is not None and (state := _gap(item)) is not None]
    # Organiser pairs before the period: every plan not skipped that was celebrated before it.
    earlier_book = plan_book(register, start - timedelta(days=3 * 365), start - timedelta(days=1))
    earlier: set[tuple[int, int]] = set()
    for item in earlier_book.planned():
        plan = item.celebration
        if plan is not None and not item.stale and plan.status is not Status.SKIPPED:
            earlier.update(itertools.combinations(sorted({o.colleague_id for o in plan.organisers}), 2))
    return insight(counted, book.people, start, end, earlier, gaps), book


def insight_json(found: Insight, book: PlanBook, department_names: dict[int, str]) -> dict[str, Any]:
    """The stable JSON shape of `social-calendar insight` (manager audience)."""
    name: Callable[[int], str] = lambda d: department_names.get(d, "")  # noqa: E731
    email: Callable[[int], str | None] = lambda cid: book.people[cid].email or None  # noqa: E731

    def share(value: float | None) -> float | None:
        return None if value is None else round(value, 4)

    links = sorted(({"a": min(name(a), name(b)), "b": max(name(a), name(b)), "count": count}
                    for (a, b), count in found.links.items()), key=lambda link: (link["a"], link["b"]))
    load = found.load
    return {
        "from": found.start.isoformat(), "to": found.end.isoformat(),
        "celebrations": found.celebrations,
        "departments": sorted(name(d) for d in found.departments),
        "links": links,
        "pairs_linked_share": share(found.pairs_linked_share),
        "ei_index": {"overall": share(found.ei_overall),
                     "per_department": {name(d): share(v) for d, v in sorted(found.ei_per_department.items(),
                                                                              key=lambda kv: name(kv[0]))}},
        "load": {"max": load.max, "min": load.min, "mean": round(load.mean, 4), "gini": round(load.gini, 4),
                 "per_colleague": [{"email": email(cid), "turns": load.turns[cid], "effort": load.effort[cid]}
                                   for cid in sorted(load.turns)]},
        "not_celebrated": [{"email": email(cid), "reason": reason} for cid, reason in found.not_celebrated],
        "never_organised": [email(cid) for cid in found.never_organised],
        "new_ties": found.new_ties,
        "quarters": [{"from": q.start.isoformat(), "to": q.end.isoformat(), "celebrations": q.celebrations,
                      "pairs_linked_share": share(q.pairs_linked_share), "ei_index": share(q.ei_index),
                      "gini": round(q.gini, 4), "new_ties": q.new_ties} for q in found.quarters],
    }
