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
import uuid
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Protocol

from desktop.exchange.ical.calendar import UID_DOMAIN
from desktop.exchange.sync import dav, erasures
from desktop.exchange.sync.fields import Fields
from desktop.exchange.sync.vcard_map import CardError, colleague_fields, colleague_from_fields, from_vcard, to_vcard
from desktop.exchange.sync.vevent_map import (
    POLICIES_UID,
    EventError,
    from_vevent,
    leave_fields,
    leave_from_vevent,
    leave_to_vevent,
    policies_from_vjournal,
    policies_to_vjournal,
    record_fields,
    record_from_fields,
    to_vevent,
)
from desktop.exchange.sync.vtodo_map import TaskError, from_vtodo, plan_fields, plan_from_fields, shareable, to_vtodo
from desktop.models.colleague import Department
from desktop.store import sync_state
from desktop.store.celebrations import Celebrations
from desktop.store.database import Database, transaction
from desktop.store.errors import StoreError
from desktop.store.repository import Register
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


class Side(Protocol):
    """One kind of object as this file holds it."""

    name: str
    kind: dav.Kind

    def local(self, ids: Collection[int]) -> dict[int, Fields]: ...
    def count(self) -> int: ...
    def apply(self, local_id: int | None, fields: Fields) -> int | None: ...
    def remove(self, local_id: int) -> None: ...
    def render(self, fields: Fields, uid: str, base: str | None) -> str: ...
    def parse(self, text: str) -> tuple[str, Fields]: ...
    def new_uid(self, fields: Fields) -> str: ...
    def match_key(self, fields: Fields) -> object: ...


_FEW = 300  # fewer rows than this are read one by one; more, the whole table at once


class Colleagues:
    name, kind = ADDRESSBOOK, dav.ADDRESSBOOK

    def __init__(self, db: Database):
        self.register = Register(db)
        self._departments: dict[str, Department] | None = None

    def departments(self) -> dict[str, Department]:
        if self._departments is None:
            self._departments = {d.name.casefold(): d for d in self.register.departments()}
        return self._departments

    def local(self, ids: Collection[int]) -> dict[int, Fields]:
        if not ids:
            return {}
        names = {d.id: d.name for d in self.departments().values()}
        if len(ids) < _FEW:
            found = []
            for local_id in ids:
                try:
                    found.append(self.register.colleague(local_id))
                except StoreError:
                    continue
        else:
            wanted = set(ids)
            found = [c for c in self.register.colleagues() if c.id in wanted]
        return {c.id: colleague_fields(c, names.get(c.department_id, "")) for c in found if c.id is not None}

    def count(self) -> int:
        return self.register.count()

    def apply(self, local_id: int | None, fields: Fields) -> int | None:
        department_id = None
        name = str(fields.get("department", "")).strip()
        if name:
            departments = self.departments()
            department = departments.get(name.casefold())
            if department is None:
                department = departments[name.casefold()] = self.register.add_department(name)
            department_id = department.id
        colleague = colleague_from_fields(fields, local_id, department_id)
        if local_id is None:
            return self.register.add(colleague).id
        self.register.update(colleague)
        return local_id

    def remove(self, local_id: int) -> None:
        self.register.delete(local_id)

    def render(self, fields: Fields, uid: str, base: str | None) -> str:
        return to_vcard(fields, uid, base)

    def parse(self, text: str) -> tuple[str, Fields]:
        return from_vcard(text)

    def new_uid(self, fields: Fields) -> str:
        return str(uuid.uuid4())

    def match_key(self, fields: Fields) -> object:
        """A first round links a card to the colleague with the same e-mail address (None: no match)."""
        return str(fields.get("email", "")).strip().casefold() or None


class Plans:
    name, kind = CALENDAR, dav.CALENDAR

    def __init__(self, db: Database):
        self.db = db
        self.celebrations = Celebrations(db)
        self._people: tuple[dict[int, str], dict[str, int], dict[str, tuple[str, str]], dict[str, str]] | None = None

    @property
    def people(self) -> tuple[dict[int, str], dict[str, int], dict[str, tuple[str, str]], dict[str, str]]:
        """Who is who (read when first needed, after the colleagues' round): colleague id → UID, UID → id, UID →
        (e-mail, name) for ATTENDEE, e-mail → UID."""
        if self._people is None:
            uid_of = {o.local_id: o.uid for o in sync_state.objects(self.db, ADDRESSBOOK) if o.local_id is not None}
            colleagues = {c.id: c for c in Register(self.db).colleagues()}
            people = {uid: (colleagues[i].email, colleagues[i].full_name) for i, uid in uid_of.items()
                      if i in colleagues}
            self._people = (uid_of, {uid: i for i, uid in uid_of.items()}, people,
                            {email.casefold(): uid for uid, (email, _) in people.items() if email})
        return self._people

    def records(self) -> dict[int, str]:
        """Recorded occasion id → its event's UID (read each time: the records' side may have just made one)."""
        return {o.local_id: o.uid for o in sync_state.objects(self.db, RECORDS) if o.local_id is not None}

    def local(self, ids: Collection[int]) -> dict[int, Fields]:
        if not ids:
            return {}
        uid_of, records = self.people[0], self.records()
        wanted = set(ids)
        return {p.id: plan_fields(p, uid_of, records) for p in self.celebrations.all()
                if p.id in wanted and shareable(p, records) and (p.colleague_id is None or p.colleague_id in uid_of)}

    def count(self) -> int:
        count: int = self.db.execute("SELECT count(*) FROM celebrations").fetchone()[0]
        return count

    def apply(self, local_id: int | None, fields: Fields) -> int | None:
        plan = plan_from_fields(fields, self.people[1], local_id, {uid: i for i, uid in self.records().items()})
        if plan is None:
            return None
        try:
            return self.celebrations.save(plan).id
        except StoreError:  # another plan here holds that occasion: left for the next round
            return None

    def remove(self, local_id: int) -> None:
        self.celebrations.delete(local_id)

    def render(self, fields: Fields, uid: str, base: str | None) -> str:
        people = self.people[2]
        celebrant = people.get(fields["celebrant"], ("", ""))[1]
        what = fields["what"] or fields["kind"].replace("_", " ")
        return to_vtodo(fields, uid, f"{celebrant}: {what}" if celebrant else what, people, base)

    def parse(self, text: str) -> tuple[str, Fields]:
        return from_vtodo(text, self.people[3])

    def settled(self, agreed: Fields) -> Fields:
        """The agreed fields without the organisers who are no longer here: a colleague deleted (or forgotten)
        takes their organiser turns along in this file, which is no change of this member's to the plan."""
        known = self.people[1]
        return agreed | {"organisers": [o for o in agreed["organisers"] if o[0] in known]}

    def new_uid(self, fields: Fields) -> str:
        # The occasion's identity: two members who plan the same occasion write the same object (a 412, then a
        # conflict), never two plans for one occasion.
        identity = f"{fields['kind']}|{fields['celebrant']}|{fields['occasion_date']}|{fields.get('record', '')}"
        return f"plan-{hashlib.sha256(identity.encode()).hexdigest()[:24]}@{UID_DOMAIN}"

    def match_key(self, fields: Fields) -> object:
        """A first round links a task to the plan of the same occasion."""
        return fields["kind"], fields["celebrant"], fields["occasion_date"]


class Records:
    """Recorded occasions, as events in the same calendar as the plans."""

    name, kind = RECORDS, dav.CALENDAR

    def __init__(self, db: Database, plans: Plans):
        self.register = Register(db)
        self.plans = plans  # who is who, read once for both

    def local(self, ids: Collection[int]) -> dict[int, Fields]:
        if not ids:
            return {}
        uid_of = self.plans.people[0]
        wanted = set(ids)
        return {r.id: record_fields(r, uid_of) for r in self.register.recorded_occasions()
                if r.id in wanted and (r.colleague_id is None or r.colleague_id in uid_of)}

    def count(self) -> int:
        return len(self.register.recorded_occasions())

    def apply(self, local_id: int | None, fields: Fields) -> int | None:
        record = record_from_fields(fields, self.plans.people[1], local_id)
        if record is None:
            return None
        if local_id is None:
            return self.register.add_recorded_occasion(record).id
        self.register.update_recorded_occasion(record)
        return local_id

    def remove(self, local_id: int) -> None:
        self.register.delete_recorded_occasion(local_id)

    def render(self, fields: Fields, uid: str, base: str | None) -> str:
        who = self.plans.people[2].get(fields["colleague"], ("", ""))[1]
        what = fields["title"] or fields["kind"].replace("_", " ")
        return to_vevent(fields, uid, f"{who}: {what}" if who else what, base)

    def parse(self, text: str) -> tuple[str, Fields]:
        return from_vevent(text)

    def new_uid(self, fields: Fields) -> str:
        return str(uuid.uuid4())

    def match_key(self, fields: Fields) -> object:
        return fields["kind"], fields["colleague"], fields["date"]


class LeavePeriods:
    """Colleagues' leave, one event per period, in the same calendar."""

    name, kind = LEAVE, dav.CALENDAR

    def __init__(self, db: Database, plans: Plans):
        self.db, self.plans = db, plans

    def local(self, ids: Collection[int]) -> dict[int, Fields]:
        if not ids:
            return {}
        uid_of = self.plans.people[0]
        wanted = set(ids)
        return {i: leave_fields(uid_of[c], date.fromisoformat(start), date.fromisoformat(end))
                for i, c, start, end in sync_state.leave_periods(self.db) if i in wanted and c in uid_of}

    def count(self) -> int:
        return len(sync_state.leave_periods(self.db))

    def apply(self, local_id: int | None, fields: Fields) -> int | None:
        colleague_id = self.plans.people[1].get(fields["colleague"])
        if colleague_id is None:
            return None
        return sync_state.save_leave_period(self.db, local_id, colleague_id, fields["start"], fields["end"])

    def remove(self, local_id: int) -> None:
        sync_state.delete_leave_period(self.db, local_id)

    def render(self, fields: Fields, uid: str, base: str | None) -> str:
        who = self.plans.people[2].get(fields["colleague"], ("", ""))[1]
        return leave_to_vevent(fields, uid, f"{who}: leave" if who else "leave", base)

    def parse(self, text: str) -> tuple[str, Fields]:
        return leave_from_vevent(text)

    def new_uid(self, fields: Fields) -> str:
        return str(uuid.uuid4())

    def match_key(self, fields: Fields) -> object:
        return fields["colleague"], fields["start"], fields["end"]


class Policies:
    """The occasion policy and the gift and gathering policy, as one object (so consent and budgets follow the
    same rules on every member's PC). Its fields are the stored JSON texts; a version that this app cannot read
    is not taken (left for the next round, and said as deferred)."""

    name, kind = POLICIES, dav.CALENDAR

    def __init__(self, db: Database):
        self.db = db

    def local(self, ids: Collection[int]) -> dict[int, Fields]:
        rows = sync_state.policy_rows(self.db)
        return {1: {key: rows.get(key) for key in sync_state.POLICY_KEYS}} if 1 in ids and rows else {}

    def count(self) -> int:
        return 1

    def apply(self, local_id: int | None, fields: Fields) -> int | None:
        from desktop.store.gift_policy_store import load_gift_rules
        from desktop.store.policy_store import load_policy

        try:
            with transaction(self.db):
                sync_state.write_policy_rows(self.db, {k: fields.get(k) for k in sync_state.POLICY_KEYS})
                load_policy(self.db)
                load_gift_rules(self.db)
        except StoreError:
            return None
        return 1

    def remove(self, local_id: int) -> None:
        sync_state.write_policy_rows(self.db, dict.fromkeys(sync_state.POLICY_KEYS))

    def render(self, fields: Fields, uid: str, base: str | None) -> str:
        return policies_to_vjournal(fields, base)

    def parse(self, text: str) -> tuple[str, Fields]:
        return policies_from_vjournal(text)

    def new_uid(self, fields: Fields) -> str:
        return POLICIES_UID

    def match_key(self, fields: Fields) -> object:
        return "policies"


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
