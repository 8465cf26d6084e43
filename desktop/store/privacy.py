"""The colleague's rights in the file: export what is stored about one person, forget them, and forget leavers
once `privacy.leaver_retention_months` have passed (the rules are in models/privacy.py).

Forgetting is one write transaction with `PRAGMA secure_delete` on, so SQLite overwrites the deleted rows with
zeros and the person's name and address are gone from the file's bytes, not merely unlinked from its pages.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from typing import Any

from desktop.models.colleague import Colleague
from desktop.models.dates import add_months
from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.models.privacy import Erasure, Scheduled, due, person_export, schedule
from desktop.store import sync_state
from desktop.store.celebrations import Celebrations
from desktop.store.database import Database, write_transaction
from desktop.store.errors import store_error
from desktop.store.file_settings import read_setting
from desktop.store.repository import Register
from desktop.store.rows import COLLEAGUE_COLUMNS, colleague_from_row

RETENTION_KEY = "privacy.leaver_retention_months"
_SELECT = f"SELECT {', '.join(COLLEAGUE_COLUMNS)} FROM colleagues"


def find(db: Database, email: str) -> Colleague:
    """The one colleague with the address `email` (case ignored); StoreError when there is none or several."""
    rows = db.execute(f"{_SELECT} WHERE email = ? COLLATE NOCASE AND email <> '' ORDER BY id",
                      [email.strip()]).fetchall()
    if not rows:
        raise store_error(QT_TRANSLATE_NOOP("Privacy", "No colleague has the e-mail address {email}"), email=email)
    if len(rows) > 1:
        raise store_error(QT_TRANSLATE_NOOP("Privacy", "{count} colleagues have the e-mail address {email}: "
                                                       "give each their own address in the window first"),
                          count=len(rows), email=email)
    return colleague_from_row(rows[0])


def export_person(db: Database, colleague_id: int) -> dict[str, Any]:
    """Everything the file holds about one colleague (models.privacy.person_export)."""
    register = Register(db)
    colleague = register.colleague(colleague_id)
    department = None
    if colleague.department_id is not None:
        row = db.execute("SELECT name FROM departments WHERE id = ?", [colleague.department_id]).fetchone()
        department = row[0] if row else None
    plans = Celebrations(db)
    stored = plans.all()
    about = [plan for plan in stored if plan.colleague_id == colleague_id]
    organised = [plan for plan in stored if plan.colleague_id != colleague_id
                 and any(o.colleague_id == colleague_id for o in plan.organisers)]
    wanted = {o.colleague_id for plan in (*about, *organised) for o in plan.organisers}
    wanted |= {plan.colleague_id for plan in organised if plan.colleague_id is not None} | {colleague_id}
    marks = ",".join("?" * len(wanted))
    names = {c.id: c.full_name for c in map(colleague_from_row, db.execute(f"{_SELECT} WHERE id IN ({marks})",
                                                                          sorted(wanted))) if c.id is not None}
    mails = [{"key": key, "recipient": recipient, "sent_on": sent_on, "sent_at": sent_at}
             for key, recipient, sent_on, sent_at in _mails_of(db, colleague)]
    return person_export(colleague, department, register.recorded_occasions(colleague_id), about, organised,
                         plans.leave(colleague_id), mails, names)


def erasure(db: Database, colleague_id: int) -> Erasure:
    """What forgetting the colleague would take with it."""
    colleague = Register(db).colleague(colleague_id)

    def count(sql: str) -> int:
        return int(db.execute(sql, [colleague_id] * sql.count("?")).fetchone()[0])

    return Erasure(
        records=count("SELECT count(*) FROM recorded_occasions WHERE colleague_id = ?"),
        plans=count("SELECT count(*) FROM celebrations WHERE colleague_id = ?"),
        leave=count("SELECT count(*) FROM leave WHERE colleague_id = ?"),
        organised=count("SELECT count(*) FROM celebration_organisers o JOIN celebrations c ON c.id = o.celebration_id "
                        "WHERE o.colleague_id = ? AND c.colleague_id IS NOT ?"),
        mails=len(_mails_of(db, colleague)),
    )


def forget(db: Database, colleague_ids: Iterable[int]) -> list[Erasure]:
    """Erase each colleague with everything about them, in one transaction: their row, recorded occasions, plans
    about them, leave and the sent-log's entries about or to them; plans they organised for others keep "a former
    colleague" in their place. The deleted bytes are overwritten (secure_delete). Returns what went, per colleague.
    """
    ids = list(dict.fromkeys(colleague_ids))
    with _securely(db):
        gone = []
        for colleague_id in ids:
            colleague = Register(db).colleague(colleague_id)  # StoreError when already gone: nothing changes
            gone.append(erasure(db, colleague_id))
            db.execute("UPDATE celebrations SET former_organisers = former_organisers + 1 WHERE id IN "
                       "(SELECT celebration_id FROM celebration_organisers WHERE colleague_id = ?) "
                       "AND colleague_id IS NOT ?", [colleague_id, colleague_id])
            db.conn.executemany("DELETE FROM sent_mail WHERE key = ?",
                                [(row[0],) for row in _mails_of(db, colleague)])
            # The rest hangs on the colleague (ON DELETE CASCADE): recorded occasions, plans about them with
            # their organisers, their organiser turns, leave.
            sync_state.mark_erased(db, colleague_id)  # shared with a committee: gone on the server too
            db.execute("DELETE FROM colleagues WHERE id = ?", [colleague_id])
        return gone


def forget_synced(db: Database, uids: Mapping[str, Iterable[str]]) -> None:
    """What another committee member erased, by collection and UID (exchange/sync/erasures.py, after forget() took
    the colleagues themselves): marked erased here, and any row still linked deleted, bytes overwritten too."""
    with _securely(db):
        for collection, found in uids.items():
            sync_state.erase_objects(db, collection, found)


@contextlib.contextmanager
def _securely(db: Database) -> Iterator[None]:
    """One write transaction whose deleted bytes SQLite overwrites with zeros (PRAGMA secure_delete)."""
    before = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    try:
        with write_transaction(db):
            yield
    finally:
        db.execute(f"PRAGMA secure_delete = {int(before)}")


def retention_months(db: Database) -> int:
    return int(read_setting(db, RETENTION_KEY))


def leaver_schedule(db: Database, today: date, *, due_only: bool = False) -> list[Scheduled]:
    """Every colleague with an end date and when their data goes (models.privacy.schedule), soonest first;
    `due_only`: just those whose day has come (read through the end-date index: the window asks on opening)."""
    months = retention_months(db)
    if months <= 0:
        return []
    sql, params = f"{_SELECT} WHERE end_date IS NOT NULL AND end_date <> ''", []
    if due_only:  # a few days' margin for month ends (31 Aug + 6 months is 28 Feb); the rule itself decides
        sql += " AND end_date <= ?"
        params.append((add_months(today, -months) + timedelta(days=4)).isoformat())
    leavers = [colleague_from_row(row) for row in db.execute(sql + " ORDER BY end_date", params)]
    if not leavers:
        return []
    found = schedule(leavers, Celebrations(db).all(start=today), today, months)
    return due(found, today) if due_only else found


def forget_due_leavers(db: Database, today: date) -> list[Scheduled]:
    """Forget the leavers whose day has come (none held by an open plan), in one transaction; returns them."""
    if not leaver_schedule(db, today, due_only=True):  # the usual answer, without taking the write lock
        return []
    with write_transaction(db):  # decided and done under one lock: no plan can open in between
        going = leaver_schedule(db, today, due_only=True)
        if going:
            forget(db, [item.colleague_id for item in going])
    return going


def _mails_of(db: Database, colleague: Colleague) -> list[tuple[str, str, str, str]]:
    """The sent-log's entries to the colleague (their address, or an organiser mail keyed by their id) or about
    them (an organiser mail for one of their occasions)."""
    about = re.compile(rf"^[a-z_]+-{colleague.id}-\d{{4}}-\d\d-\d\d$")
    records = {f"record-{row[0]}" for row in db.execute("SELECT id FROM recorded_occasions WHERE colleague_id = ?",
                                                        [colleague.id])}
    address = colleague.email.casefold()
    found = []
    for key, recipient, sent_on, sent_at in db.execute("SELECT key, recipient, sent_on, sent_at FROM sent_mail "
                                                       "ORDER BY sent_at, key"):
        parts = str(key).split(":")
        occasion = parts[1] if len(parts) >= 4 else ""
        if ((address and str(recipient).casefold() == address) or (len(parts) >= 4 and parts[-1] == str(colleague.id))
                or about.match(occasion) or occasion in records):
            found.append((key, recipient, sent_on, sent_at))
    return found
