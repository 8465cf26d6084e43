"""The full check of a file (`check --full`, the window's Check database): every page and every link."""

from __future__ import annotations

from typing import NamedTuple

from desktop.store.database import Database, translate_errors


class Findings(NamedTuple):
    damage: list[str]  # what integrity_check found (empty: every page and index is sound)
    broken_links: int  # rows pointing at a row that is not there (foreign_key_check)

    @property
    def sound(self) -> bool:
        return not self.damage and not self.broken_links


def full_check(db: Database) -> Findings:
    """quick_check (on opening) misses damage inside index entries; integrity_check reads it all."""
    with translate_errors(db.path, during="read"):
        damage = [row[0] for row in db.execute("PRAGMA integrity_check(20)")]
        broken = len(db.execute("PRAGMA foreign_key_check").fetchall())
    return Findings([] if damage == ["ok"] else damage, broken)
