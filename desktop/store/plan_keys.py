"""Which occasions have a plan: the home view asks at start-up, before any of the planning code is needed."""

from __future__ import annotations

from desktop.store.database import Database


def planned_keys(db: Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT occasion_key FROM celebrations")}
