"""What each kind of shared object is in this file and on the server: colleagues (vCards in the address book),
plans (VTODOs), recorded occasions and leave (VEVENTs) and the policies (one VJOURNAL), each read, written,
rendered and parsed the same way by the sync round (engine.py), which knows nothing of their fields.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Collection
from datetime import date
from typing import Protocol

from desktop.exchange.ical.calendar import UID_DOMAIN
from desktop.exchange.sync import dav
from desktop.exchange.sync.fields import Fields
from desktop.exchange.sync.vcard_map import colleague_fields, colleague_from_fields, from_vcard, to_vcard
from desktop.exchange.sync.vevent_map import (
    POLICIES_UID,
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
from desktop.exchange.sync.vtodo_map import from_vtodo, plan_fields, plan_from_fields, shareable, to_vtodo
from desktop.models.colleague import Department
from desktop.store import sync_state
from desktop.store.celebrations import Celebrations
from desktop.store.database import Database, transaction
from desktop.store.errors import StoreError
from desktop.store.repository import Register
from desktop.store.sync_state import ADDRESSBOOK, CALENDAR, LEAVE, POLICIES, RECORDS


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
