"""The real Clock on a time source the test moves by hand (the only thing replaced is where "now" comes from)."""

from __future__ import annotations

from datetime import date, datetime, time

from desktop.ui.clock import Clock


class HandTime:
    """A clock's `now`: stands still until the test moves it."""

    def __init__(self, moment: datetime | date):
        self.moment = _moment(moment)

    def __call__(self) -> datetime:
        return self.moment

    def go_to(self, moment: datetime | date) -> None:
        self.moment = _moment(moment)


def _moment(moment: datetime | date) -> datetime:
    """A bare date means noon of that day."""
    return moment if isinstance(moment, datetime) else datetime.combine(moment, time(12))


def clock_on(day: date) -> Clock:
    """A clock standing at noon of `day`, for views that only need a date."""
    return Clock(HandTime(day))
