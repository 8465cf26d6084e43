"""Which occasions have a plan: the home view asks at start-up, before any of the planning code is needed."""

from __future__ import annotations

from datetime import date

from desktop.store.database import Database


def planned_keys(db: Database, start: date | None = None, end: date | None = None) -> set[str]:
    """The keys of all plans, or of those for occasions from `start` to `end` (a recorded occasion's plan is
    keyed by the record, whose date may have been corrected since: those are always included)."""
    if start is None or end is None:
        return {row[0] for row in db.execute("SELECT occasion_key FROM celebrations")}
    return {row[0] for row in db.execute(  # two index lookups ('record.' is the first key after 'record-...')
        "SELECT occasion_key FROM celebrations WHERE occasion_date BETWEEN ? AND ? UNION ALL "
        "SELECT occasion_key FROM celebrations WHERE occasion_key >= 'record-' AND occasion_key < 'record.'",
        [start.isoformat(), end.isoformat()])}
