"""Publishes the shared calendar in the background after every change, without ever blocking the window.

A change starts a short wait (debounce), so a burst of edits publishes once. When the wait ends, the UI thread
only fixes what to publish: the file's path, today, now and the file's publishing settings. A worker thread
builds the calendar from that file through a read-only connection of its own (never the window's) and sends
it. One publish runs at a time: what becomes due meanwhile waits its turn (one per file), so the latest state
always goes out. File › Open first sends what was waiting for the previous file: a publish scheduled for a
file always publishes that file. A failure is shown and retried with growing pauses; a retry builds the
calendar afresh from its file, so nothing is lost. "Publish now" in the Publishing dialog goes through here as
well, so it never runs beside a background publish of the same calendar.

A long publish (the first one of a large calendar to a CalDAV server: one request per event) says how far it
is: the status bar reads "Publishing 1,200 of 5,000 events…", and the dialog's try hears `trial_progress`.
The dialog's try can be stopped (`stop_trial`) between two events: what was sent stays on the server, and the
next publish sends the rest.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from desktop.models.progress import Progress
from desktop.store.repository import Register
from desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from desktop.exchange.publish.settings_store import PublishSettings

DEBOUNCE_MS = 2000
RETRY_SECONDS = (10, 30, 120, 300, 900)
DAY_CHECK_MS = 15 * 60 * 1000  # the published period moves with the date: look every quarter of an hour
PROGRESS_MS = 250  # how often a running publish is asked how far it is

Password = Callable[[str, str], "str | None"]


@dataclass(eq=False)
class _Target:
    """A file to publish. `register` is the window's own (UI thread) view of it, only ever read on the UI
    thread and only for the settings; the worker opens `path` itself."""

    register: Register
    path: Path
    settings: PublishSettings | None = None  # read when it became due; read again at the start while open
    forced: bool = False  # "publish now": also when automatic publishing is off
    trial: object | None = None  # the Publishing dialog's try, with its own settings and password
    password: str | None = None

    @property
    def automatic(self) -> bool:
        """A background publish of the file's own settings (not the dialog's try)."""
        return self.trial is None


@dataclass(frozen=True)
class _Job:
    """Everything the worker needs, fixed on the UI thread when the publish starts."""

    path: Path
    today: date
    now: datetime
    settings: PublishSettings
    password: Password | None


@dataclass(eq=False)
class _Run:
    target: _Target
    job: _Job
    thread: threading.Thread | None = None
    outcome: Any = None  # set by the worker before it reports
    error: Exception | None = None
    progress: Progress = field(default_factory=Progress)  # written by the worker, read by the UI thread


class Publisher(QObject):
    """Signals:
        status_changed(str): a short text for the status bar ("" when publishing is not set up).
        published(object): an Outcome (desktop.exchange.publish.publishing) after a publish that worked.
        failed(str): why publishing failed; a retry is scheduled.
        trial_finished(object, object, object): (token, Outcome | None, error | None) of `try_settings`; the
            error is a models.progress.Cancelled after `stop_trial`.
        trial_progress(object, int, int): (token, events sent, events to send) while the try sends.
    """

    status_changed = Signal(str)
    published = Signal(object)
    failed = Signal(str)
    trial_finished = Signal(object, object, object)
    trial_progress = Signal(object, int, int)
    _sent = Signal(object)  # the _Run that ended, from the worker thread

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS,
                 retry_seconds: Sequence[float] = RETRY_SECONDS, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), password: Password | None = None):
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.retry_seconds = tuple(retry_seconds)
        self._today, self._now, self._password = today, now, password
        self._scheduled: _Target | None = None  # waits for the debounce
        self._waiting: list[_Target] = []  # due, waiting for the running publish to end
        self._failed: dict[Path, _Target] = {}  # waiting for the retry
        self._running: _Run | None = None
        self._closing = False
        self._failures = 0
        self.status = ""
        self._debounce = self._timer(debounce_ms, self._debounced)
        self._retry = self._timer(0, self._retry_now)
        self._day = today()
        self._day_timer = self._timer(DAY_CHECK_MS, self._check_day, single=False)
        self._progress_timer = self._timer(PROGRESS_MS, self._report_progress, single=False)
        self._sent.connect(self._on_sent)

    def _timer(self, interval: int, slot: Callable[[], None], single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # -- public ----------------------------------------------------------------------------------
    def attach(self, workspace: Workspace) -> None:
        """Publish after every change of `workspace` (when its file's settings ask for it)."""
        self.workspace = workspace
        workspace.data_changed.connect(self.schedule)
        about_to_switch = getattr(workspace, "about_to_switch", None)
        if about_to_switch is not None:  # File › Open: send what waits for the old file while it is open
            about_to_switch.connect(lambda *_: self.flush())
        self._day_timer.start()
        self.schedule()

    def schedule(self) -> None:
        """Something changed in the open file: publish it after the debounce pause."""
        if self.workspace is None:
            return
        register = self.workspace.register
        if self._scheduled is not None and self._scheduled.register is not register:
            self.flush()  # another file is open now: the previous one's last changes go out first
        if self._scheduled is None:
            self._scheduled = _Target(register, _path(register))
        self._debounce.start()

    def flush(self) -> None:
        """Publish what waits for the debounce at once (File › Open does, before it closes the file)."""
        self._debounce.stop()
        target, self._scheduled = self._scheduled, None
        if target is not None:
            self._due(target)

    def publish_now(self) -> None:
        """Publish at once, also when automatic publishing is off (after the Publishing settings are saved)."""
        if self.workspace is None:
            return
        register = self.workspace.register
        if self._scheduled is not None and self._scheduled.register is not register:
            self.flush()
        self._debounce.stop()
        self._scheduled = None
        self._due(_Target(register, _path(register), forced=True))

    def try_settings(self, settings: PublishSettings, password: str) -> object | None:
        """Publish the open file once with `settings` and `password` (the Publishing dialog's, not saved), in
        turn with the background publishes. Returns the token `trial_finished` reports with (None: no file)."""
        if self.workspace is None:
            return None
        token = object()
        register = self.workspace.register
        self._waiting.append(_Target(register, _path(register), settings, True, token, password))
        self._next()
        return token

    def stop_trial(self, token: object) -> None:
        """Stop the dialog's try `token`: before it starts, or between two events it sends (what was sent
        stays; the next publish sends the rest). It ends with trial_finished(token, None, Cancelled)."""
        from desktop.models.progress import Cancelled

        for target in [t for t in self._waiting if t.trial is token]:
            self._waiting.remove(target)
            self.trial_finished.emit(token, None, Cancelled())
        if self._running is not None and self._running.target.trial is token:
            self._running.progress.cancel()

    def is_busy(self) -> bool:
        return self._running is not None

    def has_pending(self) -> bool:
        return self._debounce.isActive() or self._retry.isActive() or bool(self._waiting)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Before the window closes: send what is still waiting, waiting up to `timeout` seconds in all. A
        publish still running then is left to finish on its own, and nothing else starts beside it."""
        deadline = time.monotonic() + timeout
        self._day_timer.stop()
        self._retry.stop()
        self._closing = True
        try:
            self.flush()
            while True:
                run = self._running
                if run is not None:
                    assert run.thread is not None
                    run.thread.join(max(0.0, deadline - time.monotonic()))
                    if run.thread.is_alive():
                        return
                    self._finish(run)
                if not self._waiting or time.monotonic() >= deadline:
                    return
                self._next()
                if self._running is None:
                    return
        finally:
            self._closing = False

    # -- on the UI thread: what to publish, and when -----------------------------------------------
    def _debounced(self) -> None:
        target, self._scheduled = self._scheduled, None
        if target is not None:
            self._due(target)

    def _retry_now(self) -> None:
        targets = list(self._failed.values())
        self._failed.clear()
        for target in targets:
            self._queue(target)
        self._next()

    def _check_day(self) -> None:
        if self._today() != self._day:
            self._day = self._today()
            self.schedule()

    def _due(self, target: _Target) -> None:
        """`target` is to be published now, or as soon as the running publish has ended."""
        try:
            self._settings(target)  # while its file is surely open: File › Open may close it next
        except Exception:  # noqa: BLE001 - tried again when it starts, and reported then
            pass
        self._queue(target)
        self._next()

    def _queue(self, target: _Target) -> None:
        """Wait in line; a newer publish of the same file replaces one that has not started yet."""
        if target.automatic:
            for other in [t for t in self._waiting if t.automatic and t.path == target.path]:
                self._waiting.remove(other)
                target.forced = target.forced or other.forced
                target.settings = target.settings or other.settings
            failed = self._failed.pop(target.path, None)
            if failed is not None:
                target.forced = target.forced or failed.forced
                target.settings = target.settings or failed.settings
            if not self._failed:
                self._retry.stop()
        self._waiting.append(target)

    def _settings(self, target: _Target) -> PublishSettings:
        """The settings to publish `target` with: the file's own, read again while it is the open file."""
        if target.automatic and (target.settings is None or self._is_open(target)):
            from desktop.exchange.publish.settings_store import load_settings

            if target.register.db.closed:  # by File › Open before they were read: read the file
                from desktop.exchange.publish.publishing import settings_of_file

                target.settings = settings_of_file(target.path)
            else:
                target.settings = load_settings(target.register.db)
        assert target.settings is not None
        return target.settings

    def _is_open(self, target: _Target) -> bool:
        return self.workspace is not None and target.register is self.workspace.register

    def _next(self) -> None:
        while self._running is None and self._waiting:
            self._start(self._waiting.pop(0))

    def _start(self, target: _Target) -> None:
        try:
            settings = self._settings(target)
        except Exception as exc:  # noqa: BLE001 - a failure is shown, never thrown into the event loop
            self._fail(target, str(exc))
            return
        if not (settings.automatic or target.forced) or not settings.has_destination:
            if target.automatic and self._is_open(target):
                self._set_status("")
            return
        password = self._password if target.password is None else _typed(target.password)
        job = _Job(target.path, self._today(), self._now(), settings, password)
        run = _Run(target, job)
        run.thread = threading.Thread(target=self._work, args=(run,), name="publish-calendar", daemon=True)
        if target.automatic:
            self._set_status(self.tr("Publishing the calendar…"))
        self._running = run
        run.thread.start()
        self._progress_timer.start()

    # -- on the worker thread ----------------------------------------------------------------------
    def _work(self, run: _Run) -> None:
        """Builds from the file's own read-only connection and sends; touches no widget, only emits."""
        from desktop.exchange.publish import publishing

        job = run.job
        try:
            payload = publishing.build_from_file(job.path, job.today, job.now, job.settings)
            run.outcome = None if payload is None else publishing.send(payload, job.password,
                                                                       progress=run.progress)
        except Exception as exc:  # noqa: BLE001 - reported on the UI thread
            run.error = exc
        try:
            self._sent.emit(run)
        except RuntimeError:  # the publisher is gone with its window: nobody left to tell
            pass

    # -- back on the UI thread -------------------------------------------------------------------
    def _on_sent(self, run: _Run) -> None:
        if run is not self._running:
            return  # shutdown() has dealt with it already
        self._finish(run)
        self._next()

    def _report_progress(self) -> None:
        """How far the running publish is: in the status bar (a background publish) or to the dialog (a try)."""
        run = self._running
        if run is None:
            self._progress_timer.stop()
            return
        now = run.progress.snapshot()
        if not now.total or run.progress.cancelled:
            return
        if run.target.automatic:
            if self._is_open(run.target):
                self._set_status(self.tr("Publishing {done} of %Ln event(s)…", "", now.total)
                                 .format(done=QLocale().toString(now.done)))
        else:
            self.trial_progress.emit(run.target.trial, now.done, now.total)

    def _finish(self, run: _Run) -> None:
        assert run.thread is not None
        run.thread.join()
        self._progress_timer.stop()
        self._running = None
        target = run.target
        if not target.automatic:
            self.trial_finished.emit(target.trial, run.outcome, run.error)
            return
        if run.error is not None:
            self._fail(target, _reason(run.error))
            return
        if run.outcome is None:
            return
        self._failures = 0
        clock = self._now().astimezone().strftime("%H:%M")
        self._set_status(self.tr("Calendar published at {time}: %n event(s)", "", run.outcome.events)
                         .format(time=clock))
        self.published.emit(run.outcome)

    def _fail(self, target: _Target, reason: str) -> None:
        if not target.automatic:
            self.trial_finished.emit(target.trial, None, RuntimeError(reason))
            return
        seconds = self.retry_seconds[min(self._failures, len(self.retry_seconds) - 1)]
        self._failures += 1
        self._set_status(self.tr("Publishing failed, trying again in {seconds} s: {reason}")
                         .format(seconds=round(seconds), reason=reason))
        self.failed.emit(reason)
        if any(t.automatic and t.path == target.path for t in self._waiting):
            return  # a newer publish of the same file is next anyway
        self._failed[target.path] = target
        if not self._closing:
            self._retry.start(int(seconds * 1000))

    def _set_status(self, text: str) -> None:
        if text != self.status:
            self.status = text
            self.status_changed.emit(text)


def _path(register: Register) -> Path:
    return Path(register.db.path).resolve()


def _typed(password: str) -> Password:
    """The password typed in the Publishing dialog, instead of the keyring's."""
    def typed(url: str, user: str) -> str:
        return password

    return typed


def _reason(error: Exception) -> str:
    from desktop.i18n import text

    messages = getattr(error, "messages", None)
    if messages:
        return "; ".join(text(message) for message in messages)
    return str(error) or type(error).__name__
