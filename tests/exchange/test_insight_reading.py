"""period_insight reads only what the figures need, and counts exactly what the full plan book (models.plans
through exchange.plans, as every other output reads it) says counts: a skipped plan, a stale plan (a birthday
corrected after it was planned), monthly treats and their celebrants, and the reasons of who was not
celebrated."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from desktop.exchange.demo import write_demo
from desktop.exchange.insight import period_insight
from desktop.exchange.planning import apply_plans, plan_period
from desktop.exchange.plans import plan_book
from desktop.models.celebration import Status
from desktop.models.connections import Gap, counted_from_plans, insight
from desktop.models.kinds import Kind
from desktop.store.celebrations import Celebrations
from desktop.store.database import transaction

START, END = date(2027, 1, 1), date(2027, 12, 31)


def _from_the_plan_book(register):
    """The figures as the full plan book gives them: every occasion with its plan, stale plans as their own items."""
    book = plan_book(register, START, END)
    treats: dict[tuple[int, int], list[int]] = {}
    for item in book.items:
        occasion = item.occasion
        if (occasion is not None and occasion.kind is Kind.BIRTHDAY and not occasion.milestone
                and item.celebration is None and item.colleague_id is not None):
            treats.setdefault((item.occasion_date.year, item.occasion_date.month), []).append(item.colleague_id)
    in_period = [item for item in book.items if START <= item.occasion_date <= END]
    entries = [(item.celebration, item.stale,
                tuple(treats.get((item.occasion_date.year, item.occasion_date.month), ())) if item.monthly_treat
                else (item.colleague_id,) if item.colleague_id is not None else ())
               for item in in_period if item.celebration is not None]
    gaps = []
    for item in in_period:
        if item.colleague_id is None or item.monthly_treat:
            continue
        if item.stale:
            gaps.append(Gap(item.colleague_id, "stale"))
        elif item.celebration is None:
            gaps.append(Gap(item.colleague_id, "unplanned"))
        elif item.celebration.status is Status.SKIPPED:
            gaps.append(Gap(item.colleague_id, "skipped"))
    earlier = {pair for plan in Celebrations(register.db).all() if plan.occasion_date < START
               and plan.status is not Status.SKIPPED
               for pair in itertools.combinations(sorted({o.colleague_id for o in plan.organisers}), 2)}
    return insight(counted_from_plans(entries, START, END), book.people, START, END, earlier, gaps)


def test_the_lean_reading_counts_what_the_plan_book_counts(register, today):
    write_demo(register, people=120, seed=5, today=today)
    apply_plans(register, plan_period(register, START, END), str)
    store = Celebrations(register.db)
    plans = store.all(START, END)
    skipped = next(p for p in plans if p.kind is Kind.WORK_ANNIVERSARY)
    store.save(replace(skipped, status=Status.SKIPPED))
    # A birthday planned, then corrected: its plan is stale and must not count; the new day is unplanned.
    birthday = next(p for p in plans if p.kind is Kind.BIRTHDAY and p.colleague_id is not None
                    and p.occasion_date.month < 12 and p.colleague_id != skipped.colleague_id)
    colleague = next(c for c in register.colleagues() if c.id == birthday.colleague_id)
    assert colleague.birth is not None
    with transaction(register.db):
        register.db.execute("UPDATE colleagues SET birth = ? WHERE id = ?",
                            [f"{colleague.birth.year or 1980:04d}-12-{min(28, colleague.birth.day):02d}",
                             colleague.id])
    assert any(item.stale and item.celebration.id == birthday.id for item in plan_book(register, START, END).items)
    lean, source = period_insight(register, START, END)
    full = _from_the_plan_book(register)
    assert lean == full
    assert source.people.keys() == {c.id for c in register.colleagues()}
    reasons = dict(lean.not_celebrated)
    assert reasons.get(skipped.colleague_id) in ("skipped", None)  # None: celebrated by another occasion
    counted = [p for p in store.all(START, END) if p.status in (Status.PLANNED, Status.DONE)]
    assert lean.celebrations == len(counted) - 1 > 100  # all but the stale one
