"""When the desktop says what needs attention: once on start, and once a day at the hour the user chose.

A window left open for days notifies each day at that hour; a computer woken after the hour notifies once,
late; a start after the hour counts as that day's notification (no second one straight after it). The time is
always a parameter.
"""

from __future__ import annotations

from datetime import date, datetime, time


def parse_hour(hhmm: str) -> time | None:
    """ "09:00" as a time; "" (or anything unreadable) means no daily notification."""
    try:
        hours, minutes = (int(part) for part in hhmm.strip().split(":"))
        return time(hours, minutes)
    except ValueError:
        return None


class NotificationSchedule:
    """Decides the moments to notify; `at` None: the user wants no notifications."""

    def __init__(self, at: time | None):
        self.at = at
        self._done: set[tuple[date, time]] = set()

    def on_start(self, now: datetime) -> bool:
        """Starting is a moment to notify; it stands for today's daily one if that hour has passed."""
        self._skip_if_past(now)
        return self.at is not None

    def set_at(self, at: time | None, now: datetime) -> None:
        """A new hour chosen now: one already past today waits for tomorrow rather than firing at once."""
        self.at = at
        self._skip_if_past(now)

    def due(self, now: datetime) -> bool:
        """True once per day, at (or first after) the chosen hour."""
        if self.at is None or now.time() < self.at or (now.date(), self.at) in self._done:
            return False
        self._done.add((now.date(), self.at))
        return True

    def _skip_if_past(self, now: datetime) -> None:
        if self.at is not None and now.time() >= self.at:
            self._done.add((now.date(), self.at))
