"""Which stored plan belongs to which occasion, which plans are stale, and the day each occasion is celebrated.

The one place that sets plans against occasions; the planning view, the plan editor, the home view, the
printed overviews, every calendar, the mails and the `plan` and `plans` commands all ask it.

A plan remembers its occasion by the occasion's key and date. It belongs to the occasion with that key on that
date (for the manager: consent never changes what a plan is for). A plan whose occasion moved or is gone is
**stale**: a corrected birthday (the key holds the date), a recorded birth moved two weeks (a recorded
occasion keeps its key, so the plan is stale because the date differs), a service year the policy dropped, a
colleague who left or no longer wants to be celebrated. A stale plan is never the plan of the occasion's new
date; the manager moves or deletes it. The monthly treat is a gathering of its own, never stale.

An occasion is celebrated on its plan's chosen day, else on the suggested day (models.celebration_day).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.models.celebration import Celebration, Status
from desktop.models.kinds import Kind
from desktop.models.occasions import Occasion

# A stale plan of the same colleague and kind this close to an occasion was most likely made for it (a
# corrected date): `plan` proposes no second plan, so nobody pays twice, until the manager settles the old one.
MOVED_REACH = timedelta(days=45)


def plan_ref(occasion: Occasion) -> tuple[str, date]:
    """What a plan stores of the occasion it is for; a plan belongs to the occasion whose ref it holds."""
    return occasion.key, occasion.date


def belongs(plan: Celebration, occasion: Occasion) -> bool:
    return (plan.occasion_key, plan.occasion_date) == plan_ref(occasion)


def is_planned(plan_refs: Collection[tuple[str, date]], occasion: Occasion) -> bool:
    """Whether one of the plans stored as (occasion key, occasion date) belongs to `occasion` (the home view's
    quick question, answered from two columns of the file)."""
    return plan_ref(occasion) in plan_refs


@dataclass(frozen=True)
class PlanMatch:
    """The stored plans of a period set against the occasions of that period."""

    by_occasion: Mapping[str, Celebration]  # occasion key → its plan
    stale: tuple[Celebration, ...]  # plans whose occasion moved or is gone
    treats: tuple[Celebration, ...]  # monthly treats
    moved_from: Mapping[str, Celebration]  # occasion key → the stale plan that was probably made for it

    def plan_for(self, occasion: Occasion) -> Celebration | None:
        return self.by_occasion.get(occasion.key)

    def celebration_day(self, occasion: Occasion, suggested: date) -> date:
        """The plan's chosen day, else `suggested` (the working day models.celebration_day found)."""
        plan = self.by_occasion.get(occasion.key)
        return plan.celebration_date if plan is not None else suggested

    def needs_plan(self, occasion: Occasion) -> bool:
        """No plan, and no stale plan waiting for the manager that was probably made for it."""
        return occasion.key not in self.by_occasion and occasion.key not in self.moved_from


def match_plans(occasions: Iterable[Occasion], plans: Iterable[Celebration], start: date, end: date,
                moved: bool = True) -> PlanMatch:
    """Set `plans` against `occasions`, which must be every occasion (manager audience) from `start` to `end`.

    A plan whose occasion date lies in the period is matched or stale. A plan of an earlier or later date can
    only be judged when its key turns up in the period (a recorded occasion moved in): then it is stale;
    otherwise it is left out of the answer (ask again with a period that holds its date). `moved=False` leaves
    `moved_from` empty, for callers that only count plans (the connection figures).
    """
    current = {occasion.key: occasion for occasion in occasions}
    matched: dict[str, Celebration] = {}
    stale: list[Celebration] = []
    treats: list[Celebration] = []
    for plan in plans:
        if plan.kind is Kind.MONTHLY_TREAT:
            if start <= plan.occasion_date <= end:
                treats.append(plan)
            continue
        occasion = current.get(plan.occasion_key)
        if occasion is not None and belongs(plan, occasion):
            matched[occasion.key] = plan
        elif start <= plan.occasion_date <= end or occasion is not None:
            stale.append(plan)
    return PlanMatch(matched, tuple(stale), tuple(treats),
                     _moved_from(current.values(), matched, stale) if moved else {})


def _moved_from(occasions: Iterable[Occasion], matched: Mapping[str, Celebration],
                stale: list[Celebration]) -> dict[str, Celebration]:
    """For each unplanned occasion, the nearest stale plan (not skipped) that was made for it: the same record,
    or the same colleague and kind within MOVED_REACH. Each stale plan stands for one occasion at most."""
    waiting = [plan for plan in stale if plan.status is not Status.SKIPPED]
    found: dict[str, Celebration] = {}
    taken: set[int] = set()
    for occasion in sorted(occasions, key=lambda o: o.date):
        if occasion.key in matched:
            continue
        candidates = [plan for plan in waiting if id(plan) not in taken and _made_for(plan, occasion)]
        if candidates:
            plan = min(candidates, key=lambda p: abs(p.occasion_date - occasion.date))
            found[occasion.key] = plan
            taken.add(id(plan))
    return found


def _made_for(plan: Celebration, occasion: Occasion) -> bool:
    if occasion.record_id is not None:
        return plan.occasion_key == occasion.key
    return (plan.colleague_id is not None and plan.colleague_id == occasion.colleague_id
            and plan.kind is occasion.kind and abs(plan.occasion_date - occasion.date) <= MOVED_REACH)
