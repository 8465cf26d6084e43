"""The background sync: a round when the window opens, every minute while it is open, and a few seconds after
each change (debounced), on a worker thread with a connection of its own to the file, one round at a time.

The status bar says when it last synced, what failed and how many conflicts wait. A round that changed the
register (pulled or deleted here) makes the window show the file afresh, as for any other program's change; a
round that only recorded what the server accepted keeps the undo history.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.workspace import Workspace

INTERVAL_MS = 60_000
DEBOUNCE_MS = 5_000

Password = Callable[[str, str], "str | None"]


def _keyring_password(url: str, user: str) -> str | None:
    from desktop.exchange.publish.secrets import get_password

    try:
        return get_password(url, user)
    except Exception:  # noqa: BLE001 - no keyring: try without, the server says what it misses
        return None


@dataclass(eq=False)
class _Run:
    path: Path
    password: Password
    force: bool = False
    thread: threading.Thread | None = None
    report: Any = None
    error: Exception | None = None


class Syncer(QObject):
    """Signals: status_changed(str) for the status bar; finished(object) the engine's Report after a round;
    failed(str) why a round stopped; too_many_deletions(int, int) when a round refused to delete that much."""

    status_changed = Signal(str)
    finished = Signal(object)
    failed = Signal(str)
    too_many_deletions = Signal(int, int)  # (how many, of how many): the round deleted nothing; ask first
    _done = Signal(object)

    def __init__(self, workspace: Workspace, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS,
                 debounce_ms: int = DEBOUNCE_MS, password: Password = _keyring_password):
        super().__init__(parent)
        self.workspace = workspace
        self._password = password
        self._running: _Run | None = None
        self._again = False
        self.status = ""
        self.last_report: Any = None
        self._interval = QTimer(self)
        self._interval.setInterval(interval_ms)
        self._interval.timeout.connect(self.sync_now)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.sync_now)
        self._done.connect(self._on_done)
        workspace.undo_stack.indexChanged.connect(self.schedule)  # a change made in the window

    def start(self) -> None:
        self._interval.start()
        self.sync_now()

    def schedule(self, *_: object) -> None:
        self._debounce.start()

    def is_busy(self) -> bool:
        return self._running is not None

    def sync_now(self, force: bool = False) -> None:
        from desktop.ui.sync import shares

        self._debounce.stop()
        if self._running is not None:
            self._again = True
            return
        if not shares(self.workspace.register.db):
            self._set_status("")
            return
        run = _Run(Path(self.workspace.register.db.path), self._password, force)
        run.thread = threading.Thread(target=self._work, args=(run,), name="sync", daemon=True)
        self._running = run
        self._set_status(self.tr("Syncing with the committee's server…"))
        run.thread.start()

    def shutdown(self, timeout: float = 10.0) -> None:
        """Before the window closes: let a running round finish (up to `timeout` seconds); start none."""
        self._interval.stop()
        self._debounce.stop()
        self._again = False
        run = self._running
        if run is not None and run.thread is not None:
            run.thread.join(timeout)
            if not run.thread.is_alive():
                self._finish(run)

    # -- on the worker thread ----------------------------------------------------------------------
    def _work(self, run: _Run) -> None:
        from desktop.exchange.sync.engine import Settings, sync
        from desktop.store.database import open_database
        from desktop.store.file_settings import read_settings

        try:
            db = open_database(run.path, create=False)
            try:
                settings = Settings.from_file(read_settings(db))
                run.report = sync(db, settings, run.password(settings.url, settings.user), force=run.force)
            finally:
                db.close()
        except Exception as exc:  # noqa: BLE001 - reported on the UI thread
            run.error = exc
        try:
            self._done.emit(run)
        except RuntimeError:  # the window is gone
            pass

    # -- back on the UI thread ---------------------------------------------------------------------
    def _on_done(self, run: _Run) -> None:
        if run is not self._running:
            return
        self._finish(run)
        if self._again:
            self._again = False
            self.sync_now()

    def _finish(self, run: _Run) -> None:
        assert run.thread is not None
        run.thread.join()
        self._running = None
        clock = datetime.now().strftime("%H:%M")
        if run.error is not None:
            reason = _reason(run.error)
            self._set_status(self.tr("Sync failed at {time}: {reason}").format(time=clock, reason=reason))
            self.failed.emit(reason)
            from desktop.exchange.sync.engine import TooManyDeletions

            if isinstance(run.error, TooManyDeletions):
                self.too_many_deletions.emit(run.error.count, run.error.total)
            return
        report = run.report
        self.last_report = report
        if report.changed_here:
            self.workspace.check_outside_changes()  # show what the round brought, like any outside change
        else:
            self.workspace.absorb_own_write()  # only the sync's own records changed: keep the undo history
        status = self.tr("Last synced at {time}").format(time=clock)
        if report.conflicts:
            status += " · " + self.tr("%n conflict(s) wait for your choice", "", report.conflicts)
        if report.erased:
            from desktop.i18n import text
            from desktop.models.privacy import erased_elsewhere

            status += " · " + text(erased_elsewhere(report.erased))
        self._set_status(status)
        self.finished.emit(report)

    def _set_status(self, text: str) -> None:
        if text != self.status:
            self.status = text
            self.status_changed.emit(text)


def _reason(error: Exception) -> str:
    from PySide6.QtCore import QCoreApplication

    from desktop.exchange.sync.engine import TooManyDeletions

    if isinstance(error, TooManyDeletions):
        return QCoreApplication.translate(
            "Syncer", "the server no longer has {count} of the {total} objects here; nothing was deleted "
                      "(check the address book chosen in Settings › Share with my committee…)").format(
            count=error.count, total=error.total)
    message = getattr(error, "message", None)
    if message is not None:
        from desktop.i18n import text

        return text(message)
    return str(error) or type(error).__name__
