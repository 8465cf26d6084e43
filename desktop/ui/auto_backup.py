"""Automatic backups from the window (store/backups.py makes, verifies and thins them).

- After the file is opened, at most once a day: on a worker thread with its own read-only connection, started
  a few seconds after the window has shown, so start-up never waits for it.
- When the window closes and before it switches to another file, if anything may have changed meanwhile: on
  the window's own connection (the work is over by then; a copy takes milliseconds).

A failure (a full disk, a folder that cannot be written) is shown in the status bar and never stops the work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.models.i18n import Message
from desktop.store.errors import StoreError

if TYPE_CHECKING:
    from desktop.ui.workspace import Workspace

START_DELAY_MS = 3000  # after the window has shown and painted its first view
SHOWN_MS = 8000  # how long a made backup is mentioned in the status bar (a failure stays)


class AutoBackup(QObject):
    """Signals:
        status(str, int): a text for the status bar and how long to show it (0: until replaced).
        finished(object): the backup the worker made (a Path), or None when it failed.
    """

    status = Signal(str, int)
    finished = Signal(object)
    _done = Signal(object, object)  # (Path | None, Message | None), from the worker thread

    def __init__(self, workspace: Workspace, parent: QObject | None = None, *,
                 now: Callable[[], datetime] = datetime.now, start_delay_ms: int | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self._now = now
        self._thread: threading.Thread | None = None
        self._changed = False  # since the last backup made here
        self._closed = False
        workspace.data_changed.connect(self._note_change)
        workspace.about_to_switch.connect(self._before_switch)
        self._done.connect(self._finished)
        QTimer.singleShot(START_DELAY_MS if start_delay_ms is None else start_delay_ms, self, self.start_if_due)

    # -- after opening: on a worker thread ----------------------------------------------------------
    def start_if_due(self) -> bool:
        """Start the day's backup of the open file unless one was made in the last day; True if started."""
        from desktop.store.backups import due

        if self.busy() or self._closed:
            return False
        path, now = self.workspace.path, self._now()
        try:
            if not due(path, now):
                return False
        except OSError:
            pass  # a backups folder that cannot be read: try making one, which says what is wrong
        self._thread = threading.Thread(target=self._work, args=(path, now), name="backup-file", daemon=True)
        self._thread.start()
        return True

    def now(self) -> datetime:
        return self._now()

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _work(self, path: Path, now: datetime) -> None:
        """On the worker: its own read-only connection, no widget touched, only a signal emitted."""
        from desktop.store.backups import make_backup
        from desktop.store.database import reading

        made: Path | None = None
        failure: Message | None = None
        try:
            with reading(path) as db:
                made = make_backup(db, now)
        except StoreError as exc:
            failure = exc.message
        except Exception as exc:  # noqa: BLE001 - whatever it is, the work goes on and the user is told
            failure = Message("Store", "Saving failed, nothing was changed: {detail}", {"detail": str(exc)})
        try:
            self._done.emit(made, failure)
        except RuntimeError:  # the window is gone: nobody left to tell
            pass

    def _finished(self, made: Path | None, failure: Message | None) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._report(made, failure)
        self.finished.emit(made)

    # -- when closing or switching: on the window's connection --------------------------------------
    def _note_change(self) -> None:
        self._changed = True

    def back_up_if_changed(self) -> Path | None:
        """A backup of the open file if anything may have changed since the last one made here."""
        if self._thread is not None:
            self._thread.join(30)  # the day's backup first: never two at once
        if not self._changed:
            return None
        from desktop.store.backups import make_backup

        self._changed = False
        try:
            made = make_backup(self.workspace.register.db, self._now())
        except StoreError as exc:
            self._report(None, exc.message)
            return None
        self._report(made, None)
        return made

    def forget_changes(self) -> None:
        """The file as it was has just been kept another way (a restore keeps it first): no copy of it now."""
        self._changed = False

    def _before_switch(self) -> None:
        """The file about to be left is still open: its copy now; the next file's day backup once it is open."""
        self.back_up_if_changed()
        QTimer.singleShot(0, self, self._switched)

    def _switched(self) -> None:
        self._changed = False  # reading the new file is no change of it
        self.start_if_due()

    def window_closing(self) -> None:
        self.back_up_if_changed()
        self._closed = True  # no day's backup starts for a window that is gone

    def _report(self, made: Path | None, failure: Message | None) -> None:
        if failure is not None:
            from desktop.i18n import text

            self.status.emit(self.tr("No backup could be made: {reason}").format(reason=text(failure)), 0)
        elif made is not None:
            self.status.emit(self.tr("Backup made ({time})").format(time=self._now().strftime("%H:%M")), SHOWN_MS)
