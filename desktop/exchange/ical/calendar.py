"""The iCalendar building blocks, with the `icalendar` library: the calendar header and an all-day event.

UIDs derive from the database (an occasion's `key`, a colleague's id) plus one fixed domain, never from
randomness, so every export names the same occasion the same way and a re-import updates instead of
duplicating.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event
from icalendar.prop import vCategory, vDDDTypes, vDuration, vText

from desktop.exchange.ical.texts import clean_line, clean_text

PRODID = "-//Social Calendar//Social Calendar 0.1//EN"
UID_DOMAIN = "social-calendar.invalid"  # a fixed domain of our own (RFC 2606: never a real host)
ONE_DAY = timedelta(days=1)


def uid(key: str) -> str:
    return f"{key}@{UID_DOMAIN}"


def utc(now: datetime) -> datetime:
    """DTSTAMP must be a UTC date-time; a naive `now` is taken as local time."""
    return now.astimezone(UTC).replace(microsecond=0)


def new_calendar(name: str) -> Calendar:
    """An empty calendar that subscribers refresh daily.

    No METHOD: the file is a snapshot to import or subscribe to, not an iTIP message (RFC 5546); without METHOD
    no scheduling is assumed (RFC 5545 §3.7.2). METHOD:PUBLISH would oblige every event to name an ORGANIZER
    (libical's check rejects each one without), putting the manager's address on every copy and presenting each
    birthday as a meeting someone owns. Outlook reads a file without METHOD as PUBLISH ([MS-STANOICAL] V0078),
    Google, Apple and Thunderbird import it as it is, and CalDAV forbids METHOD in stored events (RFC 4791 §4.1).
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", clean_line(name))
    calendar.add("refresh-interval", ONE_DAY, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(ONE_DAY))
    return calendar


def all_day_event(key: str, day: date, summary: str, stamp: datetime, categories: Iterable[str] = (),
                  description: str = "") -> Event:
    """One all-day, free-time (TRANSPARENT) event: DTSTART a date, DTEND the next day."""
    event = Event()
    event.add("uid", uid(key))
    # Thousands of events share a few hundred days and one stamp: typed values are made once and shared
    # (they are never changed), which halves the time to build a large calendar.
    event["DTSTAMP"] = _date_value(stamp)
    event["DTSTART"] = _date_value(day)
    event["DTEND"] = _date_value(day + ONE_DAY)
    event.add("summary", clean_line(summary))
    event["TRANSP"] = _TRANSPARENT
    categories = tuple(clean_line(category) for category in categories if category)
    if categories:
        event["CATEGORIES"] = _categories(categories)
    description = clean_text(description)
    if description:
        event.add("description", description)
    return event


_TRANSPARENT = vText("TRANSPARENT")


@functools.lru_cache(maxsize=4096)
def _date_value(value: date | datetime) -> vDDDTypes:
    return vDDDTypes(value)


@functools.lru_cache(maxsize=256)
def _categories(names: tuple[str, ...]) -> vCategory:
    return vCategory(list(names))


def add_alarm(event: Event, days_before: int, text: str) -> None:
    """A reminder `days_before` the start (at midnight of the all-day event's day, minus the days)."""
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", clean_line(text))
    alarm.add("trigger", timedelta(days=-days_before))
    event.add_component(alarm)
