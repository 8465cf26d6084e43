"""Which occasions have a plan: the home view asks at start-up, before any of the planning code is needed."""

from __future__ import annotations

from datetime import date

from desktop.store.database import Database

PlanRef = tuple[str, date]  # a stored plan's occasion key and occasion date: what models.plans.belongs compares


def plan_refs(db: Database, start: date | None = None, end: date | None = None) -> set[PlanRef]:
    """The (occasion key, occasion date) of all plans, or of those for occasions from `start` to `end` (a
    recorded occasion's plan is keyed by the record, whose date may have been corrected since: those are always
    included, so that a plan left on the old date is seen as not belonging to the new one)."""
    if start is None or end is None:
        rows = db.execute("SELECT occasion_key, occasion_date FROM celebrations")
    else:
        rows = db.execute(  # two index lookups ('record.' is the first key after 'record-...')
            "SELECT occasion_key, occasion_date FROM celebrations WHERE occasion_date BETWEEN ? AND ? UNION ALL "
            "SELECT occasion_key, occasion_date FROM celebrations WHERE occasion_key >= 'record-' "
            "AND occasion_key < 'record.'", [start.isoformat(), end.isoformat()])
    return {(key, date.fromisoformat(day)) for key, day in rows}
