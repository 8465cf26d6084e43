"""The open file as the window sees it: the Register, the table model and the undo stack that changes both.

The table model (all colleagues, sorted) is built when first asked for: the home view reads only the colleagues
in reach of its weeks, so the window appears before 5,000 colleagues are built.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.models.colleague import Colleague, Department
from desktop.models.gift_policy import GiftRule
from desktop.models.i18n import Message
from desktop.models.occasion_records import RecordedOccasion
from desktop.models.policy import OccasionPolicy
from desktop.store import lock
from desktop.store.errors import StoreError
from desktop.store.repository import Register

if TYPE_CHECKING:
    from desktop.ui.clock import Clock
    from desktop.ui.colleague_model import ColleagueTableModel


class Workspace(QObject):
    """Runs every change through the undo stack; a failed write is reported and the table reloaded from the file.

    Signals:
        failed(Message): a write was refused or failed; nothing was saved.
        departments_changed(): departments were added, renamed or deleted.
        records_changed(): recorded occasions were added, changed or deleted.
        data_changed(): anything in the file may have changed (every change, undo, redo and reload).
        about_to_switch(): another file is about to be opened; the current one is still open.
        changed_elsewhere(): another program (the command line, another window) changed the file; the views
            were reloaded and the undo history cleared, as it no longer matches the file.
    """

    failed = Signal(object)
    departments_changed = Signal()
    records_changed = Signal()
    data_changed = Signal()
    about_to_switch = Signal()
    changed_elsewhere = Signal()
    WATCH_MS = 2000

    def __init__(self, register: Register, path: Path, model: ColleagueTableModel | None = None,
                 clock: Clock | None = None, parent=None):
        """Either `model` (the colleagues table, given at once) or `clock` (for the table read when first needed)."""
        super().__init__(parent)
        if model is None and clock is None:
            raise ValueError("a Workspace needs the colleagues model or the clock its model will follow")
        self.register = register
        self.path = path
        self._clock = clock
        self._model = model
        if model is not None:
            model.setParent(self)
        lock.take(path)
        # SQLite's data_version changes only when another connection commits: a cheap way to notice
        # `social-calendar plan --apply` or a second window writing to this file.
        self._data_version = self._read_data_version()
        self._watch = QTimer(self)
        self._watch.setInterval(self.WATCH_MS)
        self._watch.timeout.connect(self.check_outside_changes)
        self._watch.start()
        self.undo_stack = QUndoStack(self)
        self._departments: list[Department] | None = None
        self._records: list[RecordedOccasion] | None = None
        self._policy: OccasionPolicy | None = None
        self._gift_rules: tuple[GiftRule, ...] | None = None
        # Any command may touch recorded occasions (deleting a colleague removes theirs): read them afresh.
        self.undo_stack.indexChanged.connect(self._forget_records)
        self.records_changed.connect(self._forget_records)

    @property
    def model(self) -> ColleagueTableModel:
        """Every colleague, as the table shows them; read from the file on first use."""
        if self._model is None:
            from desktop.ui.colleague_model import ColleagueTableModel

            assert self._clock is not None  # __init__ refuses a workspace with neither
            self._model = ColleagueTableModel(self.register.colleagues(), self.departments(), self._clock, self)
        return self._model

    def model_loaded(self) -> bool:
        return self._model is not None

    def colleague_count(self) -> int:
        return self._model.rowCount() if self._model is not None else self.register.count()

    def records(self) -> list[RecordedOccasion]:
        """Recorded occasions of the file (births, weddings, ...), read once until they change."""
        if self._records is None:
            self._records = self.register.recorded_occasions()
        return self._records

    def policy(self) -> OccasionPolicy:
        if self._policy is None:
            from desktop.store.policy_store import load_policy

            self._policy = load_policy(self.register.db)
        return self._policy

    def gift_rules(self) -> tuple[GiftRule, ...]:
        if self._gift_rules is None:
            from desktop.store.gift_policy_store import load_gift_rules

            self._gift_rules = load_gift_rules(self.register.db)
        return self._gift_rules

    def policy_written(self) -> None:
        """The occasion or gift policy changed: read it again and let every view recompute."""
        self._policy = self._gift_rules = None
        self.data_changed.emit()

    def _forget_records(self) -> None:
        self._records = None
        self.data_changed.emit()

    def departments(self) -> list[Department]:
        if self._departments is None:
            self._departments = self.register.departments()
        return self._departments

    def switch_to(self, register: Register, path: Path) -> None:
        """Another file: its own history, so undo never reaches into the previous file."""
        self.about_to_switch.emit()
        old, old_path = self.register, self.path
        self.register, self.path = register, path
        lock.release(old_path)
        lock.take(path)
        self._data_version = self._read_data_version()
        self.undo_stack.clear()
        self.reload()
        if old is not register:
            old.db.close()

    @contextlib.contextmanager
    def lent_to_a_worker(self) -> Iterator[Register]:
        """The register for long work on a thread of its own (a large import): the window's own reads of the
        file (the watch for outside changes) wait meanwhile, so the one connection has one user at a time."""
        self._watch.stop()
        try:
            yield self.register
        finally:
            self._data_version = self._read_data_version()
            self._watch.start()

    def check_outside_changes(self) -> bool:
        """Reload when another program changed the file since we last looked; True when it did."""
        version = self._read_data_version()
        if version is None or version == self._data_version:
            return False
        self._data_version = version
        self.undo_stack.clear()
        self.reload()
        self.changed_elsewhere.emit()
        return True

    def absorb_own_write(self) -> None:
        """A write of this window's own on a connection of its own that changed nothing the views show (the
        sync's record of what the server accepted): taken as seen, so the undo history stays."""
        version = self._read_data_version()
        if version is not None:
            self._data_version = version

    def _read_data_version(self) -> int | None:
        try:
            return self.register.db.execute("PRAGMA data_version").fetchone()[0]
        except Exception:  # noqa: BLE001 - a closed or failing connection is noticed elsewhere
            return None

    def close(self) -> None:
        """The window closes: the file is no longer open here."""
        lock.release(self.path)

    def reload(self) -> None:
        """Show exactly what the file holds."""
        self._departments = self._records = self._policy = self._gift_rules = None
        if self._model is not None:  # not loaded yet: it will read the file as it is then
            self._model.set_colleagues(self.register.colleagues(), self.departments())
        self.departments_changed.emit()
        self.data_changed.emit()

    def attempt(self, action: Callable[[], Any]) -> bool:
        """Run one write; on a StoreError report it, reload, and answer False."""
        try:
            action()
        except StoreError as exc:
            self._report(exc.message)
            return False
        return True

    def push(self, command: StoreCommand) -> bool:
        """Apply `command` now and, when it worked, put it on the undo stack."""
        if not self.attempt(command.apply):
            return False
        command.applied = True
        self.undo_stack.push(command)
        return True

    def command_failed(self, message: Message) -> None:
        # The file and the history disagree now; start a fresh history once the stack has finished its call.
        self._report(message)
        QTimer.singleShot(0, self.undo_stack.clear)

    def _report(self, message: Message) -> None:
        self.reload()
        self.failed.emit(message)

    # -- what commands call after writing ------------------------------------------------------
    def shown(self, colleague: Colleague) -> None:
        if self._model is not None:
            self._model.put(colleague)

    def gone(self, colleague_id: int | None) -> None:
        if self._model is not None:
            self._model.remove(colleague_id)

    def departments_written(self) -> None:
        self.reload()


class StoreCommand(QUndoCommand):
    """One undoable change; `apply` and `revert` each make one transaction in the file."""

    def __init__(self, workspace: Workspace, text: str):
        super().__init__(text)
        self.workspace = workspace
        self.applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.applied:  # Workspace.push applied it already, to learn whether it worked
            self.applied = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except StoreError as exc:
            self.workspace.command_failed(exc.message)
