"""Import colleagues from CSV, XLSX or vCard: read, plan (preview), apply in one transaction.

INTERFACE STUB — to be implemented (see issue 2, item 5). The CLI and the window's preview call exactly these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.models.colleague import Colleague
from desktop.models.i18n import Message
from desktop.store.repository import Register


class ImportFileError(Exception):
    """The file as a whole cannot be read (empty, not text, unknown format, no usable columns)."""

    def __init__(self, message: Message):
        super().__init__(message.untranslated())
        self.message = message


@dataclass(frozen=True)
class RefusedRow:
    row: int  # as in the file: the header is row 1 (for vCard: the card's number)
    message: Message


@dataclass(frozen=True)
class PlannedRow:
    row: int
    colleague: Colleague  # department_id None; id set when it updates an existing colleague
    department: str  # department name from the file ("" for none); created on apply when new
    existing: Colleague | None  # None: a new colleague


@dataclass
class ImportPlan:
    rows: list[PlannedRow] = field(default_factory=list)
    refused: list[RefusedRow] = field(default_factory=list)

    @property
    def new(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.existing is None]

    @property
    def updated(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.existing is not None]


def plan_import(path: Path, register: Register, today: date) -> ImportPlan:
    """Read `path` and decide per row: new, update or refused. Writes nothing."""
    raise NotImplementedError


def apply_import(plan: ImportPlan, register: Register, *, skip_invalid: bool = False) -> None:
    """Store the plan in one transaction. Refuses (StoreError/ImportFileError) if rows were refused and
    `skip_invalid` is False, writing nothing."""
    raise NotImplementedError
