"""Mirroring the shared calendar on a CalDAV server with the `caldav` library.

Every event is one resource on the server, matched by UID: new occasions are created, changed ones updated,
and ours that are gone are deleted. Events someone else put in the same calendar (other UIDs) are left
alone. Each event carries a fingerprint of its content (X-SOCIAL-CALENDAR-HASH, DTSTAMP left out), so an
unchanged event is not sent again: after the first publish only what changed travels.

The first publish of a large calendar is one request per event (5,000 colleagues: minutes). An optional
`progress` (models/progress.py) hears every event sent; its Cancel stops between two requests. Every event is
then either on the server whole or not at all, so the server stays consistent: what was sent stays, and the
next publish sends the rest (it compares fingerprints again).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from icalendar import Calendar

from desktop.exchange.ical.calendar import PRODID, UID_DOMAIN
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.models.progress import Cancelled, Progress

FINGERPRINT = "X-SOCIAL-CALENDAR-HASH"
TIMEOUT_SECONDS = 30


@dataclass(frozen=True)
class SyncResult:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0


class Stopped(Cancelled):
    """Cancel while sending: `sent` of `total` requests went out, each one whole."""

    def __init__(self, sent: int, total: int):
        super().__init__(f"stopped after {sent} of {total}")
        self.sent, self.total = sent, total


@dataclass(frozen=True)
class Resource:
    uid: str
    fingerprint: str
    data: bytes  # a VCALENDAR holding this one event


def resources(calendar_data: bytes) -> dict[str, Resource]:
    """The calendar cut into one small calendar per event, each with its fingerprint."""
    found: dict[str, Resource] = {}
    for event in Calendar.from_ical(calendar_data).walk("VEVENT"):
        lines = [line for line in event.to_ical().splitlines() if not line.startswith(b"DTSTAMP")]
        fingerprint = hashlib.sha256(b"\n".join(lines)).hexdigest()[:32]
        event.add(FINGERPRINT, fingerprint)
        wrapper = Calendar()
        wrapper.add("prodid", PRODID)
        wrapper.add("version", "2.0")
        wrapper.add_component(event)
        uid = str(event["UID"])
        found[uid] = Resource(uid, fingerprint, wrapper.to_ical())
    return found


def is_ours(uid: str) -> bool:
    return uid.endswith("@" + UID_DOMAIN)


def connect(url: str, user: str, password: str | None, calendar_name: str):
    """The calendar to publish to; a named calendar that does not exist yet is created."""
    from caldav.davclient import DAVClient  # not caldav.DAVClient: typed `object` by caldav's lazy loader
    from caldav.lib.error import NotFoundError

    client = DAVClient(url=url.strip(), username=user.strip() or None, password=password or None,
                              timeout=TIMEOUT_SECONDS)
    if not calendar_name.strip():
        return client.calendar(url=url.strip())
    principal = client.principal()
    try:
        return principal.calendar(name=calendar_name.strip())
    except NotFoundError:
        slug = re.sub(r"[^a-z0-9]+", "-", calendar_name.strip().lower()).strip("-") or "social-calendar"
        return principal.make_calendar(name=calendar_name.strip(), cal_id=slug)


def mirror(calendar, wanted: dict[str, Resource], progress: Progress | None = None) -> SyncResult:
    """Make the server's events (ours) equal `wanted`, telling `progress` of every request (Cancelled stops
    before the next one)."""
    if progress is not None:
        progress.start(Message("Publishing", QT_TRANSLATE_NOOP("Publishing", "Reading the calendar on the server…")))
    existing = {}
    for event in calendar.get_events():
        component = event.icalendar_component
        uid = str(component.get("UID", ""))
        existing[uid] = (event, str(component.get(FINGERPRINT, "")))
    new = [resource for uid, resource in wanted.items() if uid not in existing]
    changed = [(existing[uid][0], resource) for uid, resource in wanted.items()
               if uid in existing and existing[uid][1] != resource.fingerprint]
    gone = [event for uid, (event, _) in existing.items() if uid not in wanted and is_ours(uid)]
    total = len(new) + len(changed) + len(gone)
    if progress is not None:
        progress.start(Message("Publishing", QT_TRANSLATE_NOOP("Publishing", "Sending the events…")), total)
    done = 0

    def sent() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            try:
                progress.step(done)
            except Cancelled:
                raise Stopped(done, total) from None

    for resource in new:
        calendar.add_event(resource.data.decode("utf-8"), increase_seqno=False)
        sent()
    for event, resource in changed:
        event.data = resource.data.decode("utf-8")
        event.save(increase_seqno=False)
        sent()
    for event in gone:
        event.delete()
        sent()
    return SyncResult(len(new), len(changed), len(gone), len(wanted) - len(new) - len(changed))


def publish(calendar_data: bytes, url: str, user: str, password: str | None, calendar_name: str,
            progress: Progress | None = None) -> SyncResult:
    return mirror(connect(url, user, password, calendar_name), resources(calendar_data), progress)
