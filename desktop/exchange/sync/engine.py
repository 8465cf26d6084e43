"""One sync round between this file and the committee's CardDAV/CalDAV server.

Per collection (colleagues in the address book first, so that plans can name them; then plans in the calendar):

1. **What changed on the server**: sync-collection (RFC 6578) from the last round's token; a server that does not
   offer it, or no longer knows the token, is asked for every ETag instead (PROPFIND) and those are compared
   with the ones we keep. The changed objects are fetched in batches (multiget).
2. **Pull**, in one transaction: a server change to an object unchanged here is applied here; a change on both
   sides to different values is a **conflict**: this file keeps its version, the server keeps its version, and
   both are recorded (store/sync_state.py) until someone chooses (`resolve`). A deletion on the server deletes
   here only what was not changed here meanwhile (a changed one goes up again as new: nothing is lost); a
   change on the server to what was deleted here brings it back. A round that would delete more than
   `sync.delete_limit_percent` of the register (and more than two) stops before writing anything
   (TooManyDeletions) unless forced: a wrong or emptied address book must not wipe a member's file.
3. **Push**, each write conditional and recorded the moment the server accepts it: new objects with
   `If-None-Match: *`, changes with `If-Match` and the ETag we know, deletions likewise. A 412 (someone was
   quicker) is left for the next round, which pulls the other change and compares: nothing is overwritten.

A round cut off anywhere (the server stops, the network goes) leaves the file consistent: the pull is all or
nothing, every push already done is recorded, and what did not go up is still different from what was agreed,
so the next round sends it.

The first round of a file that already holds colleagues (two members who both imported the HR list) links a
server card to the colleague with the same e-mail address (and a plan to the plan of the same occasion) instead
of making a second one; where the two differ, that is a conflict like any other.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from desktop.exchange.sync import dav, erasures
from desktop.exchange.sync.fields import Fields
from desktop.exchange.sync.sides import Colleagues, LeavePeriods, Plans, Policies, Records, Side
from desktop.exchange.sync.vcard_map import CardError
from desktop.exchange.sync.vevent_map import (
    EventError,
)
from desktop.exchange.sync.vtodo_map import TaskError
from desktop.store import sync_state
from desktop.store.database import Database, transaction
from desktop.store.sync_state import ADDRESSBOOK, CALENDAR, LEAVE, POLICIES, RECORDS, SyncObject

ALWAYS_ALLOWED_DELETIONS = 2  # a round may always delete this many, whatever the register's size
_FALLBACK_STATUSES = {400, 403, 404, 405, 409, 415, 422, 501}  # sync-collection refused: compare ETags


@dataclass(frozen=True)
class Settings:
    url: str
    user: str = ""
    addressbook: str = "Social Calendar"
    calendar: str = "Social Calendar"
    delete_limit_percent: int = 20

    @classmethod
    def from_file(cls, values: Mapping[str, str]) -> Settings:
        return cls(values["sync.url"], values["sync.user"], values["sync.addressbook"], values["sync.calendar"],
                   int(values["sync.delete_limit_percent"]))


@dataclass
class Report:
    pulled: int = 0  # objects changed here from the server
    pushed: int = 0  # objects written to the server
    deleted: int = 0  # deletions, here and on the server
    conflicts: int = 0  # open conflicts after the round
    waiting: int = 0  # writes the server refused because of a newer version (the next round compares)
    deferred: int = 0  # server objects not applied yet (a plan whose colleague is not here yet)
    changed_here: int = 0  # changes made to this file's colleagues and plans (pulled, and deleted here)
    erased: int = 0  # colleagues forgotten here because another member erased them (their changes here dropped)
    collections: dict[str, str] = field(default_factory=dict)  # kind → the collection's path on the server

    def as_json(self) -> dict[str, object]:
        return {"pulled": self.pulled, "pushed": self.pushed, "deleted": self.deleted, "conflicts": self.conflicts,
                "waiting": self.waiting, "deferred": self.deferred, "erased": self.erased,
                "collections": self.collections}

    @property
    def quiet(self) -> bool:
        """Nothing travelled and nothing waits."""
        return not (self.pulled or self.pushed or self.deleted or self.conflicts or self.waiting)


class TooManyDeletions(Exception):
    def __init__(self, count: int, total: int, limit_percent: int):
        super().__init__(f"the server has lost {count} of {total} objects")
        self.count, self.total, self.limit_percent = count, total, limit_percent


def connect(settings: Settings, password: str | None) -> dav.Client:
    return dav.Client(settings.url, settings.user, password)


def sync(db: Database, settings: Settings, password: str | None, *, force: bool = False,
         client: dav.Client | None = None, on_step: Callable[[str], None] | None = None) -> Report:
    """One round for both collections. Raises dav.DavError when the server cannot be reached or refuses (what was
    done before that is kept), TooManyDeletions (nothing written for that collection)."""
    own = client is None
    client = client or connect(settings, password)
    report = Report()
    try:
        plans = Plans(db)
        collections: list[tuple[list[Side], dav.Kind, str]] = [
            ([Colleagues(db)], dav.ADDRESSBOOK, settings.addressbook),
            ([Records(db, plans), plans, LeavePeriods(db, plans), Policies(db)], dav.CALENDAR,
             settings.calendar)]  # records first: plans name them
        # The erasure marker first (exchange/sync/erasures.py): what any member erased is forgotten here before
        # anything travels, and never goes up again.
        calendar_from = f"{settings.url.strip()}|{settings.user.strip()}|{settings.calendar.strip()}"
        calendar_known = sync_state.found_collection(db, RECORDS, calendar_from)
        calendar = calendar_known or client.discover(dav.CALENDAR, settings.calendar)
        try:
            marker = erasures.publish(db, client, calendar, date.today())
        except dav.DavError as exc:
            if exc.status != 404 or calendar_known is None:
                raise
            calendar_known, calendar = None, client.discover(dav.CALENDAR, settings.calendar)
            marker = erasures.publish(db, client, calendar, date.today())
        report.erased = erasures.apply(db, marker)
        report.changed_here += report.erased
        report.deleted += report.erased
        for sides, kind, name in collections:
            found_from = f"{settings.url.strip()}|{settings.user.strip()}|{name.strip()}"
            known = sync_state.found_collection(db, sides[0].name, found_from)
            if kind is dav.CALENDAR:
                known, url = calendar_known, calendar
            else:
                url = known or client.discover(kind, name)
            report.collections[kind.name] = url
            try:
                _round(db, client, url, found_from, sides, report, settings.delete_limit_percent, force, on_step,
                       marker)
            except dav.DavError as exc:
                if exc.status != 404 or known is None:
                    raise
                url = client.discover(kind, name)  # the collection we knew is gone or moved: look again
                report.collections[kind.name] = url
                _round(db, client, url, found_from, sides, report, settings.delete_limit_percent, force, on_step,
                       marker)
    finally:
        if own:
            client.close()
    report.conflicts = len(sync_state.conflicts(db))
    return report


def _round(db: Database, client: dav.Client, url: str, found_from: str, sides: list[Side], report: Report,
           limit_percent: int, force: bool, on_step: Callable[[str], None] | None,
           marker: erasures.Marker | None = None) -> None:
    """One collection on the server, holding the objects of one or more sides (the calendar: plans and recorded
    occasions). One report of what changed there serves them all; each object belongs to the side that reads it."""
    for side in sides:
        sync_state.start_collection(db, side.name, url, found_from)
    states = {side.name: {o.uid: o for o in sync_state.objects(db, side.name)} for side in sides}
    hrefs = {side.name: {o.href: o.uid for o in states[side.name].values() if o.href} for side in sides}
    known_etags = {href: states[name][uid].etag for name, by_href in hrefs.items() for href, uid in by_href.items()}
    changed, deleted, token = _remote_changes(db, client, url, sides[0].name,
                                              [o for state in states.values() for o in state.values()])
    changed = {href: etag for href, etag in changed.items()
               if known_etags.get(href, "\0") != etag and href != erasures.href(url)}  # the marker: read already
    fetched = client.multiget(url, sides[0].kind, changed) if changed else {}
    if on_step:
        on_step("fetched")
    deferred = False
    for side in sides:
        state, by_href = states[side.name], hrefs[side.name]
        parsed: list[tuple[str, str, str, str, Fields]] = []
        for href, (etag, text) in fetched.items():
            owner = next((name for name, known in hrefs.items() if href in known), None)
            if owner not in (None, side.name):
                continue
            try:
                uid, fields = side.parse(text)
            except (CardError, TaskError, EventError, ValueError, KeyError):
                continue  # another side's, or not ours to read (an event someone else put in the calendar)
            parsed.append((href, etag, text, uid or href.rstrip("/").rsplit("/", 1)[-1], fields))
        gone = {href for href in deleted if href in by_href}
        # This file's side of what the server changed: only those objects are read (and new ones, to match).
        touched = {o.local_id for uid in (p[3] for p in parsed) if (o := state.get(uid)) is not None}
        touched |= {state[by_href[href]].local_id for href in gone}
        new_here = sync_state.unlinked(db, side.name) if any(p[3] not in state for p in parsed) else []
        local = side.local({i for i in touched if i is not None} | set(new_here))
        _check_deletions(gone, by_href, state, local, side.count(), limit_percent, force)
        if parsed or gone:
            deferred = _pull(db, side, parsed, gone, state, by_href, local, set(new_here), report,
                             marker or erasures.Marker()) or deferred
    for side in sides:
        sync_state.set_sync_token(db, side.name, None if deferred else token)
    if on_step:
        on_step("pulled")
    pushed = False
    for side in sides:
        pushed = _push(db, client, url, side, report, on_step) or pushed
    if pushed and token is not None and not deferred:
        _past_own_writes(db, client, url, sides, token)


def _remote_changes(db: Database, client: dav.Client, url: str, first: str,
                    state: list[SyncObject]) -> tuple[dict[str, str], set[str], str | None]:
    stored = sync_state.collection_state(db, first)
    token = stored[1] if stored is not None else None
    try:
        return client.sync_collection(url, token)
    except dav.TokenExpired:
        pass
    except dav.DavError as exc:
        if exc.status not in _FALLBACK_STATUSES:
            raise
    etags = client.etags(url)
    known = {o.href for o in state if o.href and o.etag is not None and o.fields_text is not None}
    return etags, known - set(etags), None


def _check_deletions(deleted: set[str], by_href: Mapping[str, str], state: Mapping[str, SyncObject],
                     local: Mapping[int, Fields], total: int, limit_percent: int, force: bool) -> None:
    count = sum(1 for href in deleted if href in by_href
                and (obj := state[by_href[href]]).local_id is not None and local.get(obj.local_id) == obj.fields)
    if force or count <= ALWAYS_ALLOWED_DELETIONS or count * 100 <= total * limit_percent:
        return
    raise TooManyDeletions(count, total, limit_percent)


def _pull(db: Database, side: Side, parsed: list[tuple[str, str, str, str, Fields]], deleted: set[str],
          state: dict[str, SyncObject], by_href: Mapping[str, str], local: dict[int, Fields],
          new_here: set[int], report: Report, marker: erasures.Marker) -> bool:
    """Apply the server's changes in one transaction; whether some had to wait. `local` holds this file's
    fields of the objects concerned and of `new_here` (objects without a UID yet, to match)."""
    deferred = False
    unlinked: dict[object, int] = {}
    for new_id in sorted(new_here):
        if new_id in local and (key := side.match_key(local[new_id])) is not None:
            unlinked.setdefault(key, new_id)
    saves: list[SyncObject] = []
    forgets: list[str] = []
    agreed = SyncObject.agreed
    erased = sync_state.erased(db, side.name)
    erased_elsewhere: list[str] = []
    with transaction(db):
        for href, etag, text, uid, fields in parsed:
            obj = state.get(uid)
            if uid in erased or marker.holds(uid):  # forgotten here or by another member (a copy uploaded
                # again): whatever the server holds now is deleted there, never taken
                saves.append(SyncObject(side.name, uid, None, href, etag, None))
                if uid not in erased:
                    erased_elsewhere.append(uid)
                continue
            if obj is None:
                key = side.match_key(fields)
                match = unlinked.pop(key, None) if key is not None else None
                if match is not None:
                    if local[match] != fields:
                        sync_state.record_conflict(db, side.name, uid, local[match], fields, href, etag, text)
                    saves.append(agreed(side.name, uid, match, href, etag, fields, text))
                    continue
                local_id = side.apply(None, fields)
                if local_id is None:
                    deferred = True
                    report.deferred += 1
                    continue
                report.pulled += 1
                report.changed_here += 1
                saves.append(agreed(side.name, uid, local_id, href, etag, fields, text))
                continue
            mine = local.get(obj.local_id) if obj.local_id is not None else None
            before = obj.fields
            if before is not None and isinstance(side, Plans):
                before = side.settled(before)
            if fields in (before, mine):  # our own write coming back, or both made the same change
                saves.append(agreed(side.name, uid, obj.local_id if mine is not None else None, href, etag,
                                    fields, text))
                continue
            if mine is None or mine == before:  # changed there only (or deleted here, changed there: back)
                local_id = side.apply(obj.local_id if mine is not None else None, fields)
                if local_id is None:
                    deferred = True
                    report.deferred += 1
                    continue
                report.pulled += 1
                report.changed_here += 1
                saves.append(agreed(side.name, uid, local_id, href, etag, fields, text))
                continue
            sync_state.record_conflict(db, side.name, uid, mine, fields, href, etag, text)
            saves.append(agreed(side.name, uid, obj.local_id, href, etag, fields, text))
        for href in deleted:
            gone = by_href.get(href)
            if gone is None:
                continue
            obj = state[gone]
            if obj.local_id is None:
                forgets.append(gone)
            elif local.get(obj.local_id) == obj.fields:
                side.remove(obj.local_id)
                forgets.append(gone)
                report.deleted += 1
                report.changed_here += 1
            else:  # changed here, deleted there: it goes up again as new
                saves.append(SyncObject(side.name, gone, obj.local_id, None, None, None, None, True))
                sync_state.drop_conflict(db, side.name, gone)
        sync_state.save_objects(db, saves)
        sync_state.forget_objects(db, side.name, forgets)
        if erased_elsewhere and side.name != POLICIES:
            sync_state.erase_objects(db, side.name, erased_elsewhere)
    return deferred


def _past_own_writes(db: Database, client: dav.Client, url: str, sides: list[Side], token: str) -> None:
    """Move the token past our own writes when nobody else wrote meanwhile. Not merely a saving: a server may
    leave out of the next report an object made and deleted after the token (RFC 6578 3.5), so a card we wrote
    that someone then deleted would otherwise never be reported gone."""
    try:
        changed, deleted, newer = client.sync_collection(url, token)
    except dav.DavError:
        return
    known = {o.href: o.etag for side in sides for o in sync_state.objects(db, side.name) if o.href}
    if all(known.get(href) == etag for href, etag in changed.items()) and not deleted & known.keys():
        for side in sides:
            sync_state.set_sync_token(db, side.name, newer)


RECORD_EVERY = 100  # pushes recorded per transaction (each commit waits for the disk)


def _push(db: Database, client: dav.Client, url: str, side: Side, report: Report,
          on_step: Callable[[str], None] | None) -> bool:
    """Send what changed here; whether anything was written. Only what may have changed is looked at: new
    objects, those the triggers marked, those not agreed yet, and deletions. What the server accepted is
    recorded in batches (and whatever happens, before this returns or raises): a write the server took that a
    crash kept from being recorded comes back in the next pull as equal to this file's version, and is simply
    agreed."""
    before = report.pushed + report.deleted
    state = sync_state.objects(db, side.name)
    fresh = sync_state.unlinked(db, side.name)
    maybe = [o for o in state if o.local_id is not None and (o.dirty or o.fields_text is None or o.href is None)]
    local = side.local([o.local_id for o in maybe if o.local_id is not None] + fresh)
    waiting = {c.uid for c in sync_state.conflicts(db, side.name)}
    new = [SyncObject(side.name, uid, local_id, dav.join(url, _file_name(uid) + side.kind.extension), None, None)
           for local_id in fresh if local_id in local for uid in [side.new_uid(local[local_id])]]
    sync_state.save_objects(db, new)  # each new object's UID is its own from now on, even if its PUT fails
    done: list[SyncObject] = []
    gone: list[str] = []
    erased = sync_state.erased(db, side.name)

    def record() -> None:
        with transaction(db):
            sync_state.save_objects(db, done)
            sync_state.forget_objects(db, side.name, gone)
            for uid in gone:
                sync_state.drop_conflict(db, side.name, uid)
        done.clear()
        gone.clear()

    try:
        for obj in state:
            if obj.local_id is not None:
                continue
            if obj.href:
                try:
                    client.delete(obj.href, obj.etag)
                except dav.Precondition:
                    if obj.uid not in erased or not _delete_as_it_is(client, url, side, obj.href):
                        report.waiting += 1  # changed there meanwhile: the next round brings it back
                        continue
                report.deleted += 1
            gone.append(obj.uid)
        for obj in maybe + new:
            fields = local.get(obj.local_id) if obj.local_id is not None else None
            if fields is None or obj.uid in waiting:
                continue
            if obj.fields == fields:  # marked, but nothing that travels changed
                done.append(replace(obj, content=None, dirty=False))
                continue
            href = obj.href or dav.join(url, _file_name(obj.uid) + side.kind.extension)
            text = side.render(fields, obj.uid, sync_state.content_of(db, side.name, obj.uid))
            etag_known = obj.etag
            if obj.fields_text is not None and not etag_known:  # the server did not say its ETag last time
                etag_known = client.multiget(url, side.kind, [href]).get(href, ("", ""))[0] or None
            create = obj.fields_text is None or not etag_known
            try:
                etag = client.put(href, text, side.kind, None if create else etag_known)
            except dav.Precondition:
                if create:
                    record()
                    _adopt(db, client, url, side, obj, href, fields)
                report.waiting += 1
                continue
            except dav.DavError as exc:
                if side.name != POLICIES or not exc.status:
                    raise
                report.waiting += 1  # a calendar that takes no notes (VJOURNAL): the policies stay here
                continue
            done.append(SyncObject.agreed(side.name, obj.uid, obj.local_id, href, etag or "", fields, text))
            report.pushed += 1
            if len(done) >= RECORD_EVERY:
                record()
            if on_step:
                on_step("pushed")
    finally:
        record()
    return report.pushed + report.deleted > before


def _delete_as_it_is(client: dav.Client, url: str, side: Side, href: str) -> bool:
    """A forgotten colleague's object that another member changed on the server meanwhile: deleted in the
    version the server holds now (still conditional, so a third write in between waits for the next round).
    Whether it is gone."""
    etag = client.multiget(url, side.kind, [href]).get(href, ("", ""))[0]
    if not etag:
        return True  # gone already
    try:
        client.delete(href, etag)
    except dav.Precondition:
        return False
    return True


def _adopt(db: Database, client: dav.Client, url: str, side: Side, obj: SyncObject, href: str,
           fields: Fields) -> None:
    """A new object whose place on the server is taken: by our own earlier write that we did not hear back
    from, or by another member who made the same plan. The same content is simply agreed; other content is a
    conflict."""
    found = client.multiget(url, side.kind, [href]).get(href)
    if found is None:
        return
    etag, text = found
    try:
        uid, theirs = side.parse(text)
    except (CardError, TaskError, EventError, ValueError, KeyError):
        return
    with transaction(db):
        if theirs != fields:
            sync_state.record_conflict(db, side.name, obj.uid, fields, theirs, href, etag, text)
        sync_state.save_objects(db, [SyncObject.agreed(side.name, obj.uid, obj.local_id, href, etag, theirs, text)])


def _file_name(uid: str) -> str:
    return uid if re.fullmatch(r"[A-Za-z0-9@._-]{1,120}", uid) else hashlib.sha256(uid.encode()).hexdigest()[:32]


def resolve(db: Database, collection: str, uid: str, chosen: Fields) -> None:
    """Settle a conflict with `chosen` (this file's version, the server's, or a mix field by field): it is stored
    here, and goes up in the next round (with the server's ETag: a newer change there is a new conflict)."""
    found = [c for c in sync_state.conflicts(db, collection) if c.uid == uid]
    if not found:
        return
    plans = Plans(db)
    sides: dict[str, Side] = {ADDRESSBOOK: Colleagues(db), CALENDAR: plans, RECORDS: Records(db, plans),
                              LEAVE: LeavePeriods(db, plans), POLICIES: Policies(db)}
    side = sides[collection]
    objects = {o.uid: o for o in sync_state.objects(db, collection)}
    with transaction(db):
        obj = objects.get(uid)
        local_id = side.apply(obj.local_id if obj is not None else None, chosen)
        if obj is not None:
            sync_state.save_objects(db, [replace(obj, local_id=local_id, dirty=True)])
        sync_state.drop_conflict(db, collection, uid)
