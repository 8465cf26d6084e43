"""Celebrations (plans), their organisers, and colleagues' leave. Every write is one transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from desktop.models.celebration import Celebration, Organiser, Status
from desktop.models.kinds import Kind
from desktop.models.organisers import Leave
from desktop.store.database import Database, transaction

_COLUMNS = ("id", "occasion_key", "kind", "colleague_id", "occasion_date", "celebration_date", "what", "idea",
            "budget_cents", "status", "actual_cost_cents", "notes", "effort", "former_organisers")


class Celebrations:
    def __init__(self, db: Database):
        self.db = db

    def around(self, start: date, end: date) -> list[Celebration]:
        """The plans a period's outputs need: those whose occasion or celebration day lies from `start` to `end`,
        and every plan of a recorded occasion (whose date may have been moved into the period since)."""
        where = ("occasion_date BETWEEN ? AND ? OR celebration_date BETWEEN ? AND ? "
                 "OR (occasion_key >= 'record-' AND occasion_key < 'record.')")
        period = [start.isoformat(), end.isoformat()] * 2
        rows = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM celebrations WHERE {where} "
                               "ORDER BY celebration_date, id", period).fetchall()
        organisers: dict[int, list[Organiser]] = defaultdict(list)
        for celebration_id, colleague_id, role in self.db.execute(
                "SELECT o.celebration_id, o.colleague_id, o.role FROM celebration_organisers o JOIN celebrations c "
                f"ON c.id = o.celebration_id WHERE {where} ORDER BY o.rowid", period):
            organisers[celebration_id].append(Organiser(colleague_id, role))
        return [_from_row(row, tuple(organisers.get(row[0], ()))) for row in rows]

    def count(self) -> int:
        """How many plans the file holds (of any status)."""
        return int(self.db.execute("SELECT COUNT(*) FROM celebrations").fetchone()[0])

    def all(self, start: date | None = None, end: date | None = None) -> list[Celebration]:
        """Celebrations whose celebration date lies from `start` to `end` (inclusive; None: unbounded)."""
        sql, params = f"SELECT {', '.join(_COLUMNS)} FROM celebrations WHERE 1 = 1", []
        if start is not None:
            sql += " AND celebration_date >= ?"
            params.append(start.isoformat())
        if end is not None:
            sql += " AND celebration_date <= ?"
            params.append(end.isoformat())
        rows = self.db.execute(sql + " ORDER BY celebration_date, id", params).fetchall()
        organisers: dict[int, list[Organiser]] = defaultdict(list)
        for celebration_id, colleague_id, role in self.db.execute(
                "SELECT celebration_id, colleague_id, role FROM celebration_organisers ORDER BY rowid"):
            organisers[celebration_id].append(Organiser(colleague_id, role))
        return [_from_row(row, tuple(organisers.get(row[0], ()))) for row in rows]

    def organisers_before(self, day: date) -> list[tuple[int, ...]]:
        """The organisers of every plan that was not skipped and whose occasion lies before `day`, per plan."""
        found: dict[int, list[int]] = defaultdict(list)
        for celebration_id, colleague_id in self.db.execute(
                "SELECT o.celebration_id, o.colleague_id FROM celebration_organisers o JOIN celebrations c "
                "ON c.id = o.celebration_id WHERE c.occasion_date < ? AND c.status <> ?",
                [day.isoformat(), Status.SKIPPED.value]):
            found[celebration_id].append(colleague_id)
        return [tuple(ids) for ids in found.values()]

    def save(self, celebration: Celebration) -> Celebration:
        with transaction(self.db):
            return self._save(celebration)

    def save_many(self, celebrations: Iterable[Celebration]) -> list[Celebration]:
        with transaction(self.db):
            return [self._save(celebration) for celebration in celebrations]

    def restore(self, celebration: Celebration) -> Celebration:
        """Put a deleted celebration back under the id it had (undo of a delete keeps older steps valid)."""
        with transaction(self.db):
            return self._save(celebration, insert=True)

    def delete(self, celebration_id: int) -> None:
        with transaction(self.db):
            self.db.execute("DELETE FROM celebrations WHERE id = ?", [celebration_id])

    def _save(self, celebration: Celebration, insert: bool = False) -> Celebration:
        values = [celebration.occasion_key, celebration.kind, celebration.colleague_id,
                  celebration.occasion_date.isoformat(), celebration.celebration_date.isoformat(), celebration.what,
                  celebration.idea, celebration.budget_cents, celebration.status.value,
                  celebration.actual_cost_cents, celebration.notes, celebration.effort, celebration.former_organisers]
        if celebration.id is None or insert:
            cursor = self.db.execute(
                f"INSERT INTO celebrations ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                [celebration.id, *values])
            celebration = replace(celebration, id=cursor.lastrowid)
        else:
            self.db.execute(f"UPDATE celebrations SET {', '.join(f'{c} = ?' for c in _COLUMNS[1:])} WHERE id = ?",
                            [*values, celebration.id])
            self.db.execute("DELETE FROM celebration_organisers WHERE celebration_id = ?", [celebration.id])
        self.db.conn.executemany(
            "INSERT INTO celebration_organisers (celebration_id, colleague_id, role) VALUES (?, ?, ?)",
            [(celebration.id, o.colleague_id, o.role) for o in celebration.organisers])
        return celebration

    # -- leave -------------------------------------------------------------------------------
    def leave(self, colleague_id: int | None = None) -> list[Leave]:
        sql, params = "SELECT colleague_id, start_date, end_date FROM leave", []
        if colleague_id is not None:
            sql += " WHERE colleague_id = ?"
            params.append(colleague_id)
        return [Leave(cid, date.fromisoformat(start), date.fromisoformat(end))
                for cid, start, end in self.db.execute(sql + " ORDER BY start_date", params)]

    def set_leave(self, colleague_id: int, periods: Iterable[Leave]) -> None:
        """Replace a colleague's leave periods with `periods`."""
        with transaction(self.db):
            self.db.execute("DELETE FROM leave WHERE colleague_id = ?", [colleague_id])
            self.db.conn.executemany("INSERT INTO leave (colleague_id, start_date, end_date) VALUES (?, ?, ?)",
                                [(colleague_id, p.start.isoformat(), p.end.isoformat()) for p in periods])


# A year of 20,000 colleagues' plans is read at once: look values up instead of constructing enums per row.
_KINDS = {member.value: member for member in Kind}
_STATUSES = {member.value: member for member in Status}


def _from_row(row: tuple[Any, ...], organisers: tuple[Organiser, ...]) -> Celebration:
    (id_, key, kind, colleague_id, occasion_date, celebration_date, what, idea, budget, status, actual, notes,
     effort, former) = row
    return Celebration(id_, key, _KINDS.get(kind) or Kind(kind), colleague_id, date.fromisoformat(occasion_date),
                       date.fromisoformat(celebration_date), what, idea, budget,
                       _STATUSES.get(status) or Status(status), actual, notes, effort, organisers, former)
