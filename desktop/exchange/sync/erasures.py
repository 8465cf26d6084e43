"""The committee's erasure marker: how a colleague forgotten by one member (the AVG's right to erasure) stays
forgotten on every member's file, also on a file that still holds an edit to them or that joins later.

The marker is one note the app owns in the calendar collection (a VJOURNAL with a fixed UID, like the policies),
holding no personal data: `X-SOCIAL-CALENDAR-ERASED` is Base64 JSON `{"salt": ..., "erased": {digest: day}}`,
where each digest is the SHA-256 of the salt and an erased object's UID (the app's UIDs are random or hashes,
but a card made in another program may carry a UID with a name or address in it: only digests travel) and the
day is the day it was erased. The salt is drawn once, by the member who writes the marker first.

Each round starts here, before anything else is pulled or pushed:

1. **publish**: the UIDs this file forgot and has not yet deleted on the server (sync_state.erased) are added to
   the marker, with a conditional write (`If-None-Match: *` for the first marker, `If-Match` after); a 412 (another
   member wrote it meanwhile) is read again and merged. Only then are the objects deleted on the server, so an
   erasure never leaves the server without its mark.
2. **apply**: what this file holds under a marked UID is forgotten here as Edit › Forget colleague does
   (store/privacy.py: secure_delete, plans they organised keep "a former colleague"), including a change made
   here that was waiting to go up; the engine then deletes such objects on the server, and never takes one in a
   pull, whoever uploaded it again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from desktop.exchange.sync import dav
from desktop.exchange.sync.fields import PREFIX, writable_component
from desktop.models.i18n import QT_TRANSLATE_NOOP, Message
from desktop.store import privacy, sync_state
from desktop.store.database import Database
from desktop.store.sync_state import ADDRESSBOOK, CALENDAR, LEAVE, RECORDS

ERASURES_UID = "erasures@social-calendar.invalid"
_PROPERTY = PREFIX + "ERASED"
_COLLECTIONS = (ADDRESSBOOK, RECORDS, CALENDAR, LEAVE)  # what may be about a person (the policies are not)
_ATTEMPTS = 5  # merges after a 412 before the round gives up (and tries again the next round)


class MarkerError(ValueError):
    pass


@dataclass
class Marker:
    salt: str = field(default_factory=lambda: secrets.token_hex(16))
    erased: dict[str, str] = field(default_factory=dict)  # digest → the day it was erased (ISO)
    etag: str | None = None  # None: not on the server yet

    def digest(self, uid: str) -> str:
        return hashlib.sha256(f"{self.salt}\n{uid}".encode()).hexdigest()

    def holds(self, uid: str) -> bool:
        return bool(self.erased) and self.digest(uid) in self.erased


def to_vjournal(marker: Marker) -> str:
    calendar, journal = writable_component(None, "VJOURNAL", set())
    journal.add("uid", ERASURES_UID)
    journal.add("dtstamp", datetime.now(UTC).replace(microsecond=0))
    journal.add("summary", "Social Calendar: erased colleagues")
    value = json.dumps({"salt": marker.salt, "erased": marker.erased}, sort_keys=True)
    journal.add(_PROPERTY, base64.b64encode(value.encode()).decode())
    text: str = calendar.to_ical().decode()
    return text


def from_vjournal(text: str, etag: str | None = None) -> Marker:
    from icalendar import Calendar

    try:
        journals = [j for j in Calendar.from_ical(text).walk("VJOURNAL") if str(j.get("UID", "")) == ERASURES_UID]
        value = json.loads(base64.b64decode(str(journals[0].get(_PROPERTY, "")), validate=True))
        salt, erased = value["salt"], value["erased"]
    except (ValueError, IndexError, KeyError, TypeError):
        raise MarkerError("not our erasure marker") from None
    if not isinstance(salt, str) or not salt or not isinstance(erased, dict):
        raise MarkerError("not our erasure marker")
    return Marker(salt, {str(k): str(v) for k, v in erased.items()}, etag)


def href(calendar: str) -> str:
    return dav.join(calendar, ERASURES_UID + dav.CALENDAR.extension)


def read(client: dav.Client, calendar: str) -> Marker | None:
    """The marker on the server (None: nobody erased anyone yet, or it is not ours to read)."""
    found = client.multiget(calendar, dav.CALENDAR, [href(calendar)]).get(href(calendar))
    if found is None:
        return None
    try:
        return from_vjournal(found[1], found[0] or None)
    except MarkerError:
        return None


def publish(db: Database, client: dav.Client, calendar: str, today: date) -> Marker:
    """The marker with this file's erasures added (written when they were not in it yet)."""
    mine = set().union(*(sync_state.erased(db, collection) for collection in _COLLECTIONS))
    for _ in range(_ATTEMPTS):
        marker = read(client, calendar)
        if not mine:
            return marker or Marker()
        marker = marker or Marker()
        missing = {marker.digest(uid) for uid in mine} - marker.erased.keys()
        if not missing:
            return marker
        wanted = Marker(marker.salt, marker.erased | dict.fromkeys(missing, today.isoformat()))
        try:
            wanted.etag = client.put(href(calendar), to_vjournal(wanted), dav.CALENDAR, marker.etag)
        except dav.Precondition:
            continue  # another member wrote it meanwhile: read theirs and merge
        return wanted
    raise dav.DavError(Message(dav.CTX, QT_TRANSLATE_NOOP(
        "Sync", "The list of erased colleagues on the server kept changing; the next round tries again")))


def apply(db: Database, marker: Marker) -> int:
    """Forget here what the marker says was erased; the number of colleagues forgotten."""
    if not marker.erased:
        return 0
    hits = {collection: [o for o in sync_state.objects(db, collection) if o.uid not in done and marker.holds(o.uid)]
            for collection in _COLLECTIONS for done in [sync_state.erased(db, collection)]}  # done: marked already
    if not any(hits.values()):
        return 0
    colleagues = [o.local_id for o in hits[ADDRESSBOOK] if o.local_id is not None]
    if colleagues:
        privacy.forget(db, colleagues)  # marks what they take along erased, too
    privacy.forget_synced(db, {collection: [o.uid for o in found] for collection, found in hits.items()})
    return len(colleagues)
