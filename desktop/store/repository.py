"""Reading and changing the register. Every public method that writes is one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop.models.colleague import Colleague, Department
from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.progress import Progress, every
from desktop.models.reach import Reach
from desktop.models.validation import department_problem
from desktop.store.database import Database, transaction
from desktop.store.errors import StoreError, store_error
from desktop.store.rows import COLLEAGUE_COLUMNS, colleague_from_row, colleague_to_row

_SELECT = f"SELECT {', '.join(COLLEAGUE_COLUMNS)} FROM colleagues"
_WRITE_COLUMNS = COLLEAGUE_COLUMNS[1:]
_INSERT = (f"INSERT INTO colleagues ({', '.join(COLLEAGUE_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(COLLEAGUE_COLUMNS))})")
_UPDATE = f"UPDATE colleagues SET {', '.join(f'{c} = ?' for c in _WRITE_COLUMNS)} WHERE id = ?"


# Rows that disappear with a colleague (ON DELETE CASCADE), in the order they must be put back.
_DEPENDENT_ROWS = (
    ("celebrations", "colleague_id = ?"),
    ("celebration_organisers",
     "colleague_id = ? OR celebration_id IN (SELECT id FROM celebrations WHERE colleague_id = ?)"),
    ("leave", "colleague_id = ?"),
)


@dataclass(frozen=True)
class Removed:
    """What was deleted along with a colleague, for undo."""

    records: list[RecordedOccasion] = field(default_factory=list)
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)


class Register:
    """Colleagues, departments and recorded occasions in one file."""

    def __init__(self, db: Database):
        self.db = db

    # -- colleagues --------------------------------------------------------------------------
    def colleagues(self) -> list[Colleague]:
        return [colleague_from_row(row) for row in self.db.execute(f"{_SELECT} ORDER BY id")]

    def colleagues_in_reach(self, reach: Reach) -> list[Colleague]:
        """The colleagues Reach.may_have_occasion lets through (with the file's recorded occasions), read
        without building everyone: the home view's start-up. Each part is an index lookup (schema 0003)."""
        parts: list[str] = []
        params: list[object] = []
        for low, high in reach.birthdays:
            parts.append("SELECT id FROM colleagues WHERE substr(birth, -5) BETWEEN ? AND ?")
            params += [low, high]
        for first, last in reach.service:
            parts.append("SELECT id FROM colleagues "
                         "WHERE coalesce(nullif(service_start, ''), nullif(hire_date, '')) BETWEEN ? AND ?")
            params += [first.isoformat(), last.isoformat()]
        parts += ["SELECT id FROM colleagues WHERE hire_date BETWEEN ? AND ?",
                  "SELECT id FROM colleagues WHERE end_date BETWEEN ? AND ?",
                  "SELECT colleague_id FROM recorded_occasions WHERE date BETWEEN ? AND ?",
                  # one that comes back every year may fall in any week after its first day
                  "SELECT colleague_id FROM recorded_occasions WHERE repeat <> '' AND date <= ?"]
        params += [reach.start.isoformat(), reach.end.isoformat()] * 3 + [reach.end.isoformat()]
        sql = f"{_SELECT} WHERE celebrate <> 'no' AND id IN ({' UNION ALL '.join(parts)}) ORDER BY id"
        return [colleague_from_row(row) for row in self.db.execute(sql, params)]

    def colleagues_without_birth_date(self) -> list[Colleague]:
        """Colleagues who want to be celebrated but whose birth date is not known (the home view's "nobody
        forgotten"; models.coming_up.forgotten decides who of them has no occasion at all)."""
        sql = f"{_SELECT} WHERE (birth IS NULL OR birth = '') AND celebrate = 'yes' ORDER BY id"
        return [colleague_from_row(row) for row in self.db.execute(sql)]

    def colleague(self, colleague_id: int) -> Colleague:
        row = self.db.execute(f"{_SELECT} WHERE id = ?", [colleague_id]).fetchone()
        if row is None:
            raise store_error(QT_TRANSLATE_NOOP("Store", "Colleague {id} no longer exists"), id=colleague_id)
        return colleague_from_row(row)

    def count(self) -> int:
        count: int = self.db.execute("SELECT count(*) FROM colleagues").fetchone()[0]
        return count

    def add(self, colleague: Colleague) -> Colleague:
        with transaction(self.db):
            return self._insert(colleague)

    def add_many(self, colleagues: Iterable[Colleague]) -> list[Colleague]:
        with transaction(self.db):
            return [self._insert(colleague) for colleague in colleagues]

    def update(self, colleague: Colleague, expected: Colleague | None = None) -> None:
        """Store `colleague`. With `expected` (the version the change was made from), refuse when the file holds
        something else: another window or a command changed it meanwhile, and saving would silently undo that."""
        if colleague.id is None:
            raise ValueError("update() needs a stored colleague; add() stores a new one")
        with transaction(self.db):
            if expected is not None and self.colleague(colleague.id) != expected:
                raise store_error(QT_TRANSLATE_NOOP("Store", "{name} was changed elsewhere (another window or the "
                                                             "command line) meanwhile: nothing was saved. The list "
                                                             "now shows what the file holds."),
                                  name=expected.full_name)
            self._update(colleague)

    def save_many(self, new: Sequence[Colleague], changed: Sequence[Colleague],
                  progress: Progress | None = None) -> list[Colleague]:
        """Insert `new` and update `changed` together (an import): all of it, or nothing (also when `progress`
        is cancelled on the way)."""
        count = len(new) + len(changed)
        with transaction(self.db):
            for done, colleague in enumerate(changed, start=1):
                self._update(colleague)
                every(count, progress, done)
            inserted = []
            for done, colleague in enumerate(new, start=len(changed) + 1):
                inserted.append(self._insert(colleague))
                every(count, progress, done)
            return inserted

    def delete(self, colleague_id: int) -> tuple[Colleague, Removed]:
        """Remove a colleague with everything that hangs on them (recorded occasions, celebrations, organiser
        turns, leave); returns it all so that undo can put it back exactly."""
        with transaction(self.db):
            colleague = self.colleague(colleague_id)
            removed = Removed(self.recorded_occasions(colleague_id), {
                table: self.db.execute(f"SELECT * FROM {table} WHERE {where}", [colleague_id] * where.count("?"))
                .fetchall() for table, where in _DEPENDENT_ROWS})
            self.db.execute("DELETE FROM colleagues WHERE id = ?", [colleague_id])
            return colleague, removed

    def restore(self, colleague: Colleague, removed: Removed | None = None) -> None:
        """Put back a deleted colleague under the same id, with what hung on them (undo of delete)."""
        with transaction(self.db):
            self._insert(colleague)
            if removed is None:
                return
            for record in removed.records:
                self._insert_record(record)
            for table, _ in _DEPENDENT_ROWS:
                for row in removed.rows.get(table, ()):
                    self.db.execute(f"INSERT OR IGNORE INTO {table} VALUES ({', '.join('?' * len(row))})", row)

    def _insert(self, colleague: Colleague) -> Colleague:
        values = colleague_to_row(colleague)
        cursor = self.db.execute(_INSERT, [colleague.id, *(values[c] for c in _WRITE_COLUMNS)])
        return colleague if colleague.id is not None else replace(colleague, id=cursor.lastrowid)

    def _update(self, colleague: Colleague) -> None:
        values = colleague_to_row(colleague)
        cursor = self.db.execute(_UPDATE, [*(values[c] for c in _WRITE_COLUMNS), colleague.id])
        if cursor.rowcount != 1:
            raise store_error(QT_TRANSLATE_NOOP("Store", "Colleague {id} no longer exists"), id=colleague.id)

    # -- departments -------------------------------------------------------------------------
    def departments(self) -> list[Department]:
        rows = self.db.execute("SELECT id, name FROM departments ORDER BY name COLLATE NOCASE")
        return [Department(id_, name) for id_, name in rows]

    def add_department(self, name: str, department_id: int | None = None) -> Department:
        name = name.strip()
        too_long = department_problem(name)
        if too_long is not None:
            raise StoreError(too_long)
        try:
            with transaction(self.db):
                cursor = self.db.execute("INSERT INTO departments (id, name) VALUES (?, ?)", [department_id, name])
        except Exception as exc:
            raise self._department_error(exc, name) from exc
        return Department(cursor.lastrowid if department_id is None else department_id, name)

    def rename_department(self, department_id: int, name: str) -> None:
        name = name.strip()
        too_long = department_problem(name)
        if too_long is not None:
            raise StoreError(too_long)
        try:
            with transaction(self.db):
                self.db.execute("UPDATE departments SET name = ? WHERE id = ?", [name, department_id])
        except Exception as exc:
            raise self._department_error(exc, name) from exc

    def department_size(self, department_id: int) -> int:
        size: int = self.db.execute("SELECT count(*) FROM colleagues WHERE department_id = ?",
                                    [department_id]).fetchone()[0]
        return size

    def delete_department(self, department_id: int) -> None:
        """Refused while colleagues belong to it: move them first, so nobody silently loses a department."""
        size = self.department_size(department_id)
        if size:
            still = (QT_TRANSLATE_NOOP("Store", "This department still has 1 colleague; move them to another "
                                                "department first") if size == 1 else
                     QT_TRANSLATE_NOOP("Store", "This department still has {count} colleagues; move them to another "
                                                "department first"))
            raise store_error(still, count=size)
        with transaction(self.db):
            self.db.execute("DELETE FROM departments WHERE id = ?", [department_id])

    @staticmethod
    def _department_error(exc: Exception, name: str) -> Exception:
        cause = exc.__cause__ if exc.__cause__ is not None else exc
        if isinstance(cause, sqlite3.IntegrityError):
            if not name:
                return store_error(QT_TRANSLATE_NOOP("Store", "A department needs a name"))
            return store_error(QT_TRANSLATE_NOOP("Store", "There is already a department called {name}"), name=name)
        return exc

    # -- recorded occasions ------------------------------------------------------------------
    def recorded_occasions(self, colleague_id: int | None = None) -> list[RecordedOccasion]:
        sql = "SELECT id, colleague_id, kind, date, title, child_name, notes, repeat, until FROM recorded_occasions"
        params: list[object] = []
        if colleague_id is not None:
            sql += " WHERE colleague_id = ?"
            params.append(colleague_id)
        return [RecordedOccasion(id_, cid, kind, date.fromisoformat(day), title, child, notes, repeat,
                                 date.fromisoformat(until) if until else None)
                for id_, cid, kind, day, title, child, notes, repeat, until
                in self.db.execute(sql + " ORDER BY date", params)]

    def add_recorded_occasion(self, record: RecordedOccasion) -> RecordedOccasion:
        with transaction(self.db):
            return self._insert_record(record)

    def update_recorded_occasion(self, record: RecordedOccasion) -> None:
        with transaction(self.db):
            cursor = self.db.execute(
                "UPDATE recorded_occasions SET colleague_id = ?, kind = ?, date = ?, title = ?, child_name = ?, "
                "notes = ?, repeat = ?, until = ? WHERE id = ?",
                [record.colleague_id, record.kind, record.date.isoformat(), record.title, record.child_name,
                 record.notes, record.repeat, _day(record.until), record.id])
            if cursor.rowcount != 1:
                raise store_error(QT_TRANSLATE_NOOP("Store", "This occasion no longer exists"))

    def delete_recorded_occasion(self, record_id: int) -> RecordedOccasion:
        """Remove one recorded occasion; returns it so that undo can put it back."""
        with transaction(self.db):
            found = [r for r in self.recorded_occasions() if r.id == record_id]
            if not found:
                raise store_error(QT_TRANSLATE_NOOP("Store", "This occasion no longer exists"))
            self.db.execute("DELETE FROM recorded_occasions WHERE id = ?", [record_id])
            return found[0]

    def _insert_record(self, record: RecordedOccasion) -> RecordedOccasion:
        cursor = self.db.execute(
            "INSERT INTO recorded_occasions (id, colleague_id, kind, date, title, child_name, notes, repeat, until) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [record.id, record.colleague_id, record.kind, record.date.isoformat(), record.title,
             record.child_name, record.notes, record.repeat, _day(record.until)])
        return record if record.id is not None else replace(record, id=cursor.lastrowid)


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
