"""Publishes the shared calendar in the background after every change, without ever blocking the window.

A change starts a short wait (debounce), so a burst of edits publishes once. The calendar is built on the UI
thread (it takes milliseconds and reads the open file) and sent on a worker thread. A change that arrives
while a publish runs is published right after it, so the latest state always goes out. A failure is shown
and retried with growing pauses; a retry builds the calendar afresh, so nothing is lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.workspace import Workspace

DEBOUNCE_MS = 2000
RETRY_SECONDS = (10, 30, 120, 300, 900)
DAY_CHECK_MS = 15 * 60 * 1000  # the published period moves with the date: look every quarter of an hour


class Publisher(QObject):
    """Signals:
        status_changed(str): a short text for the status bar ("" when publishing is not set up).
        published(object): an Outcome (desktop.exchange.publish.publishing) after a publish that worked.
        failed(str): why publishing failed; a retry is scheduled.
    """

    status_changed = Signal(str)
    published = Signal(object)
    failed = Signal(str)
    _sent = Signal(object, object)  # (Outcome | None, PublishError | None), from the worker thread

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS,
                 retry_seconds: Sequence[float] = RETRY_SECONDS, today: Callable[[], date] = date.today,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 password: Callable[[str, str], str | None] | None = None):
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.retry_seconds = tuple(retry_seconds)
        self._today, self._now, self._password = today, now, password
        self._thread: threading.Thread | None = None
        self._pending = False  # a change arrived while a publish was running
        self._forced = False  # "publish now", even when automatic publishing is off
        self._retry_forced = False  # a failed "publish now" is retried as one too
        self._failures = 0
        self.status = ""
        self._debounce = self._timer(debounce_ms, self._debounced)
        self._retry = self._timer(0, self._retry_now)
        self._day = today()
        self._day_timer = self._timer(DAY_CHECK_MS, self._check_day, single=False)
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
        self._day_timer.start()
        self.schedule()

    def schedule(self) -> None:
        """Something changed: publish after the debounce pause."""
        self._debounce.start()

    def publish_now(self) -> None:
        """Publish at once, also when automatic publishing is off (the "Publish now" button)."""
        self._forced = True
        self._debounce.stop()
        self._start()

    def is_busy(self) -> bool:
        return self._thread is not None

    def has_pending(self) -> bool:
        return self._debounce.isActive() or self._retry.isActive() or self._pending

    def shutdown(self, timeout: float = 5.0) -> None:
        """Before the window closes: send what is still waiting, and wait (up to `timeout`) for it."""
        self._day_timer.stop()
        if self._debounce.isActive() or self._pending:
            self._debounce.stop()
            self._pending = False
            if self._thread is not None:
                self._thread.join(timeout)
                self._thread = None
            self._start()
        self._retry.stop()
        if self._thread is not None:
            self._thread.join(timeout)

    # -- running -----------------------------------------------------------------------------------
    def _debounced(self) -> None:
        self._start()

    def _retry_now(self) -> None:
        self._forced = self._forced or self._retry_forced
        self._start()

    def _check_day(self) -> None:
        if self._today() != self._day:
            self._day = self._today()
            self.schedule()

    def _start(self) -> None:
        if self.workspace is None:
            return
        if self._thread is not None:
            self._pending = True
            return
        from desktop.exchange.publish.settings_store import load_settings

        forced, self._forced = self._forced, False
        self._retry_forced = forced
        try:
            settings = load_settings(self.workspace.register.db)
            if not (settings.automatic or forced) or not settings.has_destination:
                self._set_status("")
                return
            # Only now: the iCalendar code takes a while to load, and most files never publish.
            from desktop.exchange.publish.publishing import build_payload

            payload = build_payload(self.workspace.register, self._today(), self._now(), settings=settings)
        except Exception as exc:  # noqa: BLE001 - a failure is shown, never thrown into the event loop
            self._failed(str(exc))
            return
        if payload is None:
            return
        self._retry.stop()
        self._set_status(self.tr("Publishing the calendar…"))
        self._thread = threading.Thread(target=self._send, args=(payload,), name="publish-calendar", daemon=True)
        self._thread.start()

    def _send(self, payload) -> None:
        """On the worker thread: touches no widget, only emits."""
        from desktop.exchange.publish.publishing import PublishError, send

        try:
            self._sent.emit(send(payload, self._password), None)
        except PublishError as exc:
            self._sent.emit(None, exc)
        except Exception as exc:  # noqa: BLE001
            self._sent.emit(None, exc)

    def _on_sent(self, outcome, error) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if error is None:
            self._failures = 0
            time = self._now().astimezone().strftime("%H:%M")
            self._set_status(self.tr("Calendar published at {time}: %n event(s)", "", outcome.events)
                             .format(time=time))
            self.published.emit(outcome)
        else:
            self._failed(_reason(error))
        if self._pending:
            self._pending = False
            self._start()

    def _failed(self, reason: str) -> None:
        seconds = self.retry_seconds[min(self._failures, len(self.retry_seconds) - 1)]
        self._failures += 1
        self._set_status(self.tr("Publishing failed, trying again in {seconds} s: {reason}")
                         .format(seconds=round(seconds), reason=reason))
        self.failed.emit(reason)
        if not self._pending:
            self._retry.start(int(seconds * 1000))

    def _set_status(self, text: str) -> None:
        if text != self.status:
            self.status = text
            self.status_changed.emit(text)


def _reason(error: Exception) -> str:
    from desktop.i18n import text

    messages = getattr(error, "messages", None)
    if messages:
        return "; ".join(text(message) for message in messages)
    return str(error) or type(error).__name__
