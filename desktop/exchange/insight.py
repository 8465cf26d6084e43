"""The connection figures of a period read from the file (the figures themselves are models.connections).

Which plan counts is models.plans' answer: the period's plans set against the period's occasions
(`match_plans`); stale plans never count, skipped plans never. A monthly treat's celebrants are the month's
plain birthdays that have no plan of their own. Read once and only what the figures need: the colleagues, the
plans of the period, the occasions of the period (no celebration days, no titles) and, for the new ties, the
organisers of every earlier plan that was not skipped — a year of 20,000 colleagues in well under a second.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.exchange.bulk import bulk_work
from desktop.models.celebration import Celebration, Status
from desktop.models.colleague import Colleague
from desktop.models.connections import Gap, Insight, counted_from_plans, insight
from desktop.models.kinds import Kind
from desktop.models.occasions import Occasion, occasions_between
from desktop.models.plans import PlanMatch, match_plans
from desktop.store.celebrations import Celebrations
from desktop.store.policy_store import load_policy
from desktop.store.repository import Register


@dataclass(frozen=True)
class InsightSource:
    """What the figures were made from: the register's colleagues by id."""

    people: dict[int, Colleague]


def _treat_celebrants(occasions: list[Occasion], match: PlanMatch) -> dict[tuple[int, int], tuple[int, ...]]:
    found: dict[tuple[int, int], list[int]] = {}
    for occasion in occasions:
        if (occasion.kind is Kind.BIRTHDAY and not occasion.milestone and occasion.colleague_id is not None
                and match.plan_for(occasion) is None):
            found.setdefault((occasion.date.year, occasion.date.month), []).append(occasion.colleague_id)
    return {month: tuple(ids) for month, ids in found.items()}


def _celebrants(plan: Celebration, treats: dict[tuple[int, int], tuple[int, ...]]) -> tuple[int, ...]:
    if plan.kind is Kind.MONTHLY_TREAT:
        return treats.get((plan.occasion_date.year, plan.occasion_date.month), ())
    return (plan.colleague_id,) if plan.colleague_id is not None else ()


def _gaps(occasions: list[Occasion], match: PlanMatch, start: date, end: date) -> list[Gap]:
    """Occasions of the period without a counted plan: no plan, a skipped one, or a stale one."""
    gaps = []
    for occasion in occasions:
        if occasion.colleague_id is None:
            continue
        plan = match.plan_for(occasion)
        if plan is None:
            gaps.append(Gap(occasion.colleague_id, "unplanned"))
        elif plan.status is Status.SKIPPED:
            gaps.append(Gap(occasion.colleague_id, "skipped"))
    gaps.extend(Gap(plan.colleague_id, "stale") for plan in match.stale
                if plan.colleague_id is not None and start <= plan.occasion_date <= end)
    return gaps


def period_insight(register: Register, start: date, end: date) -> tuple[Insight, InsightSource]:
    with bulk_work():
        colleagues = register.colleagues()
        people = {c.id: c for c in colleagues if c.id is not None}
        store = Celebrations(register.db)
        plans = [p for p in store.around(start, end) if start <= p.occasion_date <= end]
        occasions = occasions_between(colleagues, register.recorded_occasions(), start, end,
                                      load_policy(register.db))
        match = match_plans(occasions, plans, start, end, moved=False)
        treats = _treat_celebrants(occasions, match)
        stale = {id(plan) for plan in match.stale}
        entries = [(plan, id(plan) in stale, _celebrants(plan, treats)) for plan in plans]
        counted = counted_from_plans(entries, start, end)
        earlier = {pair for organisers in store.organisers_before(start)
                   for pair in itertools.combinations(sorted(set(organisers)), 2)}
        return insight(counted, people, start, end, earlier, _gaps(occasions, match, start, end)), InsightSource(people)


def insight_json(found: Insight, source: InsightSource, department_names: dict[int, str]) -> dict[str, Any]:
    """The stable JSON shape of `social-calendar insight` (manager audience)."""
    name: Callable[[int], str] = lambda d: department_names.get(d, "")  # noqa: E731
    email: Callable[[int], str | None] = lambda cid: source.people[cid].email or None  # noqa: E731
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
