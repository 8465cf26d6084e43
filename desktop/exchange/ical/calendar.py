"""The iCalendar building blocks, with the `icalendar` library: the calendar header and an all-day event.

UIDs derive from the database (an occasion's `key`, a colleague's id) plus one fixed domain, never from
randomness, so every export names the same occasion the same way and a re-import updates instead of
duplicating.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event
from icalendar.prop import vDuration

from desktop.exchange.ical.texts import clean_line, clean_text

PRODID = "-//Social Calendar//Social Calendar 0.1//EN"
UID_DOMAIN = "social-calendar.invalid"  # a fixed domain of our own (RFC 2606: never a real host)
ONE_DAY = timedelta(days=1)


def uid(key: str) -> str:
    return f"{key}@{UID_DOMAIN}"


def utc(now: datetime) -> datetime:
    """DTSTAMP must be a UTC date-time; a naive `now` is taken as local time."""
    return now.astimezone(timezone.utc).replace(microsecond=0)


def new_calendar(name: str) -> Calendar:
    """An empty calendar that subscribers refresh daily."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", clean_line(name))
    calendar.add("refresh-interval", ONE_DAY, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(ONE_DAY))
    return calendar


def all_day_event(key: str, day: date, summary: str, stamp: datetime, categories: Iterable[str] = (),
                  description: str = "") -> Event:
    """One all-day, free-time (TRANSPARENT) event: DTSTART a date, DTEND the next day."""
    event = Event()
    event.add("uid", uid(key))
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + ONE_DAY)
    event.add("summary", clean_line(summary))
    event.add("transp", "TRANSPARENT")
    categories = [clean_line(category) for category in categories if category]
    if categories:
        event.add("categories", categories)
    description = clean_text(description)
    if description:
        event.add("description", description)
    return event


def add_alarm(event: Event, days_before: int, text: str) -> None:
    """A reminder `days_before` the start (at midnight of the all-day event's day, minus the days)."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", clean_line(text))
    alarm.add("trigger", timedelta(days=-days_before))
    event.add_component(alarm)


def to_bytes(calendar: Calendar) -> bytes:
    return calendar.to_ical()
