"""Import colleagues from CSV, XLSX or vCard: read, plan (the preview), apply in one transaction.

`plan_import` reads the file and decides per row: a new colleague, an update of an existing one, or refused
(with the reason). It writes nothing, so the window can preview it and `--dry-run` can print it.
`apply_import` stores the plan in one transaction: new departments, new colleagues and updates together.

Rules worth knowing:
- Rows are numbered as in the file with the header as row 1 (a CSV record spanning lines because of a
  quoted line break counts from the line it starts on); vCards are numbered by card, from 1.
- Re-importing updates instead of duplicating; see import_matching for how rows find their colleague.
  An update only touches the fields the row fills in: an Outlook export has no hire date, so importing it
  keeps the hire dates; an empty cell never erases a stored value.
- A row that would change nothing is planned but not counted as updated (`ImportPlan.unchanged`) and not
  written, so re-importing the same file reports "0 new, 0 updated".
- Two rows about the same colleague (same e-mail address, or same name and birth date): the later one is
  refused, so the file's order never silently decides which one wins.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.exchange.import_errors import ImportFileError, joined, message
from desktop.exchange.import_matching import AmbiguousMatch, Matcher, Target
from desktop.exchange.import_rows import read_row
from desktop.exchange.import_source import Source, read_source
from desktop.models.colleague import Colleague, fold
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.progress import Progress, every
from desktop.models.validation import validate
from desktop.store.database import write_transaction
from desktop.store.repository import Register

__all__ = ["ImportFileError", "ImportPlan", "PlannedRow", "RefusedRow", "apply_import", "import_under_lock",
           "plan_import"]


@dataclass(frozen=True)
class RefusedRow:
    row: int  # as in the file: the header is row 1 (for vCard: the card's number)
    message: Message


@dataclass(frozen=True)
class PlannedRow:
    row: int
    # department_id: that of the named department, None while it is new (created and set on apply), the
    # stored one when the row names no department; id set when it updates an existing colleague.
    colleague: Colleague
    department: str  # department name from the file ("" for none: the stored department is kept)
    existing: Colleague | None  # None: a new colleague
    changed_fields: tuple[str, ...] = ()  # for updates: the Colleague attributes that change


@dataclass
class ImportPlan:
    rows: list[PlannedRow] = field(default_factory=list)
    refused: list[RefusedRow] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)  # about the file as a whole, e.g. ignored columns
    new_departments: list[str] = field(default_factory=list)  # named in the file, created on apply
    # What the file said and the day it was read on: apply_import matches the rows again under the write lock.
    source: Source | None = field(default=None, repr=False, compare=False)
    today: date | None = None

    @property
    def date_note(self) -> Message | None:
        """Which way round the file's dates were read ("Dates read as month/day/year"), if that could differ."""
        return self.source.date_note if self.source is not None else None

    @property
    def new(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.existing is None]

    @property
    def updated(self) -> list[PlannedRow]:
        """Rows that change an existing colleague (rows that match one but change nothing are `unchanged`)."""
        return [row for row in self.rows if row.existing is not None and row.changed_fields]

    @property
    def unchanged(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.existing is not None and not row.changed_fields]


def plan_import(path: Path, register: Register, today: date, *, date_order: str | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Read `path` and decide per row: new, update or refused. Writes nothing.

    Raises ImportFileError when the file as a whole cannot be imported (missing, a folder, empty, not text,
    no name column, ...); Cancelled when `progress` was cancelled.
    """
    if progress is not None:
        progress.start(message(QT_TRANSLATE_NOOP("Import", "Reading {file}…"), file=Path(path).name))
    return _plan(read_source(Path(path), date_order), register, today, progress)


def _plan(source: Source, register: Register, today: date, progress: Progress | None = None) -> ImportPlan:
    plan = ImportPlan(warnings=list(source.warnings), source=source, today=today)
    plan.refused.extend(RefusedRow(row, reason) for row, reason in source.refused)
    department_ids = {fold(department.name): department.id for department in register.departments()}
    known_departments = set(department_ids)
    matcher = Matcher.of(register.colleagues())
    count = len(source.records)
    if progress is not None:
        progress.start(message(QT_TRANSLATE_NOOP("Import", "Comparing the rows with the register…")), count)
    for index, (number, values) in enumerate(source.records, start=1):
        every(count, progress, index)
        planned = _plan_row(number, values, source.labels, matcher, department_ids, today)
        if isinstance(planned, RefusedRow):
            plan.refused.append(planned)
            continue
        plan.rows.append(planned)
        if planned.department and fold(planned.department) not in known_departments:
            known_departments.add(fold(planned.department))
            plan.new_departments.append(planned.department)
    plan.refused.sort(key=lambda refused: refused.row)
    return plan


def _plan_row(number: int, values: dict[str, object], labels: dict[str, str], matcher: Matcher,
              department_ids: dict[str, int | None], today: date) -> PlannedRow | RefusedRow:
    row = read_row(values, labels)
    if row.problems:
        return RefusedRow(number, joined(row.problems))
    try:
        target = matcher.find(row.changes)
    except AmbiguousMatch as exc:
        return RefusedRow(number, exc.message)
    if target is not None and target.claimed_by is not None:
        return RefusedRow(number, message(QT_TRANSLATE_NOOP("Import", "{name} is already imported by row {row}: "
                                                                 "a colleague may appear only once"),
                                          name=target.colleague.full_name, row=target.claimed_by))
    existing = target.existing if target is not None else None  # planned new targets are always claimed
    colleague = (existing or Colleague()).with_changes(**row.changes)
    if existing is not None and fold(existing.email) == fold(colleague.email):
        colleague = colleague.with_changes(email=existing.email)  # "PIETER@X.NL" is no reason to update
    if row.department:
        colleague = colleague.with_changes(department_id=department_ids.get(fold(row.department)))
    problems = validate(colleague, today)
    if problems:
        return RefusedRow(number, joined([problem.message for problem in problems]))
    if target is None:
        target = Target(colleague, None)
        matcher.add(target)
    elif colleague.email and fold(colleague.email) not in matcher.by_email:
        matcher.by_email[fold(colleague.email)] = target
    target.claimed_by = number
    changed = _changed_fields(existing, colleague, row.department) if existing else ()
    return PlannedRow(number, colleague, row.department, existing, changed)


def _changed_fields(existing: Colleague, colleague: Colleague, department: str) -> tuple[str, ...]:
    changed = [name for name in Colleague.__dataclass_fields__ if getattr(existing, name) != getattr(colleague, name)]
    if department and colleague.department_id is None and "department_id" not in changed:
        changed.append("department_id")  # a department that does not exist yet is always a change
    return tuple(changed)


def apply_import(plan: ImportPlan, register: Register, *, skip_invalid: bool = False,
                 progress: Progress | None = None) -> None:
    """Store the plan in one transaction: new departments, new colleagues and changed ones, or nothing.

    The write lock is taken first and the rows are matched again under it: when the file no longer gives the
    preview's answer (another import or window got there first), nothing is written and ImportFileError says
    to look again. So two imports of one file at the same moment never give two sets of colleagues. (The
    command line plans inside the lock itself: see import_under_lock.)

    Refuses with ImportFileError, writing nothing, when rows were refused and `skip_invalid` is False (the
    import is all-or-nothing). A StoreError (e.g. a colleague deleted since the plan was made) also leaves the
    file as it was. So does Cancelled, when `progress` was cancelled: the transaction is rolled back.
    """
    if plan.refused and not skip_invalid:
        raise _refused(plan)
    with write_transaction(register.db):
        fresh = plan if plan.source is None or plan.today is None else _plan(plan.source, register, plan.today,
                                                                               progress)
        if _decisions(fresh) != _decisions(plan):
            raise ImportFileError(message(QT_TRANSLATE_NOOP(
                "Import", "The register changed since this preview (another window or program wrote to it): "
                          "nothing was imported. Import the file again to see what it would do now.")))
        department_ids = {fold(department.name): department.id for department in register.departments()}
        for name in plan.new_departments:
            if fold(name) not in department_ids:
                department_ids[fold(name)] = register.add_department(name).id
        new: list[Colleague] = []
        changed: list[Colleague] = []
        for row in plan.rows:
            colleague = row.colleague
            if row.department:
                colleague = colleague.with_changes(department_id=department_ids[fold(row.department)])
            if row.existing is None:
                new.append(colleague)
            elif row.changed_fields:
                changed.append(colleague)
        if progress is not None:
            progress.start(message(QT_TRANSLATE_NOOP("Import", "Saving the colleagues…")), len(new) + len(changed))
        register.save_many(new, changed, progress)


def import_under_lock(register: Register) -> contextlib.AbstractContextManager[object]:
    """For planning and applying in one go (the command line): plan_import and apply_import inside this block
    match and write under one write lock, so no other writer can come between them."""
    return write_transaction(register.db)


def _decisions(plan: ImportPlan) -> tuple[object, ...]:
    rows = tuple((row.row, row.existing.id if row.existing else None, row.changed_fields, row.department)
                 for row in plan.rows)
    return rows, tuple(refused.row for refused in plan.refused), tuple(plan.new_departments)


def _refused(plan: ImportPlan) -> ImportFileError:
    refused = (QT_TRANSLATE_NOOP("Import", "Nothing was imported: 1 row was refused") if len(plan.refused) == 1
               else QT_TRANSLATE_NOOP("Import", "Nothing was imported: {count} rows were refused"))
    return ImportFileError(message(refused, count=len(plan.refused)))
