"""The window's one clock: what day it is, and a signal when that changes (at midnight, or on waking from sleep).

Views ask `clock.today()` and connect to `day_changed`; none keeps a `today` of its own, so a window left open
overnight shows the new day everywhere at once. Tests give the real class a time source they move by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal


class Clock(QObject):
    """Today's date, noticed anew just after every midnight and at least once a minute.

    The midnight timer counts time the computer is awake, so after a suspend it fires late; the minute's check
    (and the application becoming active again) then finds the new day. A jump over several days is one signal.

    Signals:
        day_changed(date): the date is now another one (emitted once per change, with the new date).
    """

    day_changed = Signal(object)
    CHECK_MS = 60_000
    AFTER_MIDNIGHT_MS = 200  # a timer may fire a hair early; then check() simply waits for the rest

    def __init__(self, now: Callable[[], datetime] = datetime.now, parent: QObject | None = None,
                 check_ms: int = CHECK_MS):
        super().__init__(parent)
        self._now = now
        self._today = now().date()
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.setTimerType(Qt.TimerType.PreciseTimer)
        self._midnight.timeout.connect(self.check)
        self._periodic = QTimer(self)
        self._periodic.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._periodic.setInterval(check_ms)
        self._periodic.timeout.connect(self.check)
        self._periodic.start()
        app = QCoreApplication.instance()
        if app is not None and hasattr(app, "applicationStateChanged"):  # a GUI application: back at the desk
            app.applicationStateChanged.connect(self._state_changed)
        self._arm_midnight()

    def today(self) -> date:
        """The day every view shows; it moves only together with `day_changed`."""
        return self._today

    def now(self) -> datetime:
        """The moment now, from the clock's time source (for what happens at an hour of the day)."""
        return self._now()

    def check(self) -> bool:
        """Look at the time now: emit `day_changed` if the date moved (True then). The timers call this."""
        day = self._now().date()
        changed = day != self._today
        if changed:
            self._today = day
        self._arm_midnight()
        if changed:
            self.day_changed.emit(day)
        return changed

    def _arm_midnight(self) -> None:
        now = self._now()
        midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + self.AFTER_MIDNIGHT_MS)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
