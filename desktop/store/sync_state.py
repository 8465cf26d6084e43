"""What this file and the committee's server last agreed on (schema 0005): per object its UID, where it lives on
the server (href), the server's version (ETag) and the fields both sides then held; the sync token per
collection; the open conflicts with both versions.

A local change waiting to go up is not flagged anywhere: it is a colleague or plan whose fields differ from the
agreed ones (exchange/sync/engine.py compares them each round). A local deletion waiting to go up is a row
whose `local_id` the delete trigger cleared.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.store.database import Database, transaction

# Records, leave and the policies are in the calendar too, beside the plans.
ADDRESSBOOK, CALENDAR, RECORDS, LEAVE, POLICIES = "addressbook", "calendar", "records", "leave", "policies"
POLICY_KEYS = ("occasion_policy", "gift_policy")  # the settings rows store/policy_store.py and gift_policy_store.py
# keep; shared as one object (local id 1) once the file has either
_COLUMNS = "collection, uid, local_id, href, etag, fields, dirty"
# Which rows of the file each collection holds.
_LOCAL = {ADDRESSBOOK: "SELECT id FROM colleagues",
          CALENDAR: "SELECT id FROM celebrations",
          RECORDS: "SELECT id FROM recorded_occasions",
          LEAVE: "SELECT id FROM leave",
          POLICIES: "SELECT DISTINCT 1 AS id FROM settings WHERE key IN ('occasion_policy', 'gift_policy')"}


def canonical(fields: dict[str, Any]) -> str:
    """The one text form of an object's fields: what is stored, and what is compared."""
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class SyncObject:
    collection: str
    uid: str
    local_id: int | None  # None: deleted in this file
    href: str | None  # None: not on the server yet
    etag: str | None  # None: not confirmed by the server
    fields_text: str | None  # as last agreed (canonical JSON); None: never agreed
    content: str | None = None  # the text the server last gave; not read by objects() (content_of reads it)
    dirty: bool = False  # changed here since it was agreed (the triggers' hint)

    @classmethod
    def agreed(cls, collection: str, uid: str, local_id: int | None, href: str | None, etag: str | None,
               fields: dict[str, Any] | None, content: str | None) -> SyncObject:
        return cls(collection, uid, local_id, href, etag, canonical(fields) if fields is not None else None, content)

    @property
    def fields(self) -> dict[str, Any] | None:
        return json.loads(self.fields_text) if self.fields_text is not None else None


@dataclass(frozen=True)
class Conflict:
    id: int
    collection: str
    uid: str
    found_at: str
    local: dict[str, Any]
    remote: dict[str, Any]
    remote_href: str
    remote_etag: str
    remote_content: str


def objects(db: Database, collection: str) -> list[SyncObject]:
    """Every object of `collection`, without the server's text (see content_of)."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM sync_objects WHERE collection = ?", [collection])
    return [SyncObject(c, uid, local_id, href, etag, fields, None, bool(dirty))
            for c, uid, local_id, href, etag, fields, dirty in rows]


def content_of(db: Database, collection: str, uid: str) -> str | None:
    row = db.execute("SELECT content FROM sync_objects WHERE collection = ? AND uid = ?", [collection, uid]).fetchone()
    return row[0] if row is not None else None


def unlinked(db: Database, collection: str) -> list[int]:
    """The file's colleagues (or shareable plans) that have no object yet: new here."""
    rows = db.execute(f"SELECT id FROM ({_LOCAL[collection]}) WHERE id NOT IN "
                      "(SELECT local_id FROM sync_objects WHERE collection = ? AND local_id IS NOT NULL)",
                      [collection])
    return [row[0] for row in rows]


def save_objects(db: Database, found: Iterable[SyncObject]) -> None:
    """Store objects as given (dirty as given: agreeing clears it). A None `content` keeps the stored text."""
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO sync_objects (collection, uid, local_id, href, etag, fields, content, dirty) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (collection, uid) DO UPDATE SET local_id = "
            "excluded.local_id, href = excluded.href, etag = excluded.etag, fields = excluded.fields, "
            "content = coalesce(excluded.content, content), dirty = excluded.dirty",
            [(o.collection, o.uid, o.local_id, o.href, o.etag, o.fields_text, o.content, int(o.dirty))
             for o in found])


def mark_erased(db: Database, colleague_id: int) -> None:
    """Before a colleague is forgotten (store/privacy.py): their card and the records, plans and leave about
    them are marked `erased`, so that the next round deletes them on the server even when another member changed
    them there meanwhile, and a server copy never brings them back. (The delete triggers clear the rest.)"""
    with transaction(db):
        db.execute(
            "UPDATE sync_objects SET erased = 1 WHERE (collection = 'addressbook' AND local_id = ?) "
            "OR (collection = 'records' AND local_id IN (SELECT id FROM recorded_occasions WHERE colleague_id = ?)) "
            "OR (collection = 'calendar' AND local_id IN (SELECT id FROM celebrations WHERE colleague_id = ?)) "
            "OR (collection = 'leave' AND local_id IN (SELECT id FROM leave WHERE colleague_id = ?))",
            [colleague_id] * 4)


def erased(db: Database, collection: str) -> set[str]:
    """The UIDs of `collection` forgotten here (mark_erased) and not yet deleted on the server."""
    return {row[0] for row in db.execute("SELECT uid FROM sync_objects WHERE collection = ? AND erased = 1",
                                         [collection])}


_TABLES = {ADDRESSBOOK: "colleagues", CALENDAR: "celebrations", RECORDS: "recorded_occasions", LEAVE: "leave"}


def erase_objects(db: Database, collection: str, uids: Iterable[str]) -> None:
    """Objects another committee member erased (exchange/sync/erasures.py): marked `erased` like mark_erased's,
    and the rows of this file still linked to them deleted (the caller turns secure_delete on: store/privacy.py).
    """
    found = [(collection, uid) for uid in uids]
    with transaction(db):
        db.conn.executemany("UPDATE sync_objects SET erased = 1 WHERE collection = ? AND uid = ?", found)
        db.conn.executemany(f"DELETE FROM {_TABLES[collection]} WHERE id = (SELECT local_id FROM sync_objects "
                            "WHERE collection = ? AND uid = ?)", found)


def forget_objects(db: Database, collection: str, uids: Iterable[str]) -> None:
    with transaction(db):
        db.conn.executemany("DELETE FROM sync_objects WHERE collection = ? AND uid = ?",
                            [(collection, uid) for uid in uids])


def collection_state(db: Database, collection: str) -> tuple[str, str | None] | None:
    """(the collection's path on the server, its sync token) as of the last round; None before the first."""
    row = db.execute("SELECT url, sync_token FROM sync_collections WHERE collection = ?", [collection]).fetchone()
    return (str(row[0]), row[1]) if row is not None else None


def found_collection(db: Database, collection: str, found_from: str) -> str | None:
    """The collection's path as found with the settings `found_from` last time (None: look it up again)."""
    row = db.execute("SELECT url FROM sync_collections WHERE collection = ? AND found_from = ?",
                     [collection, found_from]).fetchone()
    return str(row[0]) if row is not None else None


def start_collection(db: Database, collection: str, url: str, found_from: str = "") -> None:
    """Sync `collection` with the server collection at `url`. When another one was synced before (the settings
    name another address book), what was agreed with it says nothing about this one: it is forgotten, and the
    file's objects go up as new (matched by e-mail where the new collection already holds them)."""
    with transaction(db):
        row = db.execute("SELECT url, found_from FROM sync_collections WHERE collection = ?",
                         [collection]).fetchone()
        if row is not None and tuple(row) == (url, found_from):
            return
        if row is None or row[0] != url:
            db.execute("DELETE FROM sync_objects WHERE collection = ?", [collection])
            db.execute("DELETE FROM sync_conflicts WHERE collection = ?", [collection])
            db.execute("INSERT INTO sync_collections (collection, url, sync_token, found_from) VALUES (?, ?, NULL, ?) "
                       "ON CONFLICT (collection) DO UPDATE SET url = excluded.url, sync_token = NULL, "
                       "found_from = excluded.found_from", [collection, url, found_from])
        else:
            db.execute("UPDATE sync_collections SET found_from = ? WHERE collection = ?", [found_from, collection])


def set_sync_token(db: Database, collection: str, token: str | None) -> None:
    """Written only when it changed: a round that changed nothing leaves the file as it was (a window watching
    the file for other programs' changes sees none)."""
    with transaction(db):
        db.execute("UPDATE sync_collections SET sync_token = ? WHERE collection = ? AND sync_token IS NOT ?",
                   [token, collection, token])


def conflicts(db: Database, collection: str | None = None) -> list[Conflict]:
    sql = ("SELECT id, collection, uid, found_at, local, remote, remote_href, remote_etag, remote_content "
           "FROM sync_conflicts")
    params: list[str] = []
    if collection is not None:
        sql += " WHERE collection = ?"
        params.append(collection)
    return [Conflict(id_, c, uid, found, json.loads(local), json.loads(remote), href, etag, content)
            for id_, c, uid, found, local, remote, href, etag, content in db.execute(sql + " ORDER BY id", params)]


def record_conflict(db: Database, collection: str, uid: str, local: dict[str, Any], remote: dict[str, Any],
                    remote_href: str, remote_etag: str, remote_content: str,
                    now: datetime | None = None) -> None:
    """Keep both versions until someone chooses; a newer server version replaces the older one in the record."""
    found_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0).isoformat()
    with transaction(db):
        db.execute(
            "INSERT INTO sync_conflicts (collection, uid, found_at, local, remote, remote_href, remote_etag, "
            "remote_content) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (collection, uid) DO UPDATE SET "
            "local = excluded.local, remote = excluded.remote, remote_href = excluded.remote_href, "
            "remote_etag = excluded.remote_etag, remote_content = excluded.remote_content",
            [collection, uid, found_at, json.dumps(local, ensure_ascii=False, sort_keys=True),
             json.dumps(remote, ensure_ascii=False, sort_keys=True), remote_href, remote_etag, remote_content])


def drop_conflict(db: Database, collection: str, uid: str) -> None:
    with transaction(db):
        db.execute("DELETE FROM sync_conflicts WHERE collection = ? AND uid = ?", [collection, uid])


# Leave periods one by one (store/celebrations.py sets a colleague's periods as a whole).
def leave_periods(db: Database) -> list[tuple[int, int, str, str]]:
    """(id, colleague id, first day, last day) of every leave period."""
    return [tuple(row) for row in db.execute("SELECT id, colleague_id, start_date, end_date FROM leave")]


def save_leave_period(db: Database, period_id: int | None, colleague_id: int, start: str, end: str) -> int:
    with transaction(db):
        if period_id is None:
            cursor = db.execute("INSERT INTO leave (colleague_id, start_date, end_date) VALUES (?, ?, ?)",
                                [colleague_id, start, end])
            return int(cursor.lastrowid or 0)
        db.execute("UPDATE leave SET colleague_id = ?, start_date = ?, end_date = ? WHERE id = ?",
                   [colleague_id, start, end, period_id])
        return period_id


def delete_leave_period(db: Database, period_id: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM leave WHERE id = ?", [period_id])


def policy_rows(db: Database) -> dict[str, str]:
    """The stored policies as the settings table holds them (JSON text), by key."""
    marks = ", ".join("?" * len(POLICY_KEYS))
    return dict(db.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", list(POLICY_KEYS)).fetchall())


def write_policy_rows(db: Database, rows: dict[str, str | None]) -> None:
    """Store (None: remove) policy rows; the caller checks inside the same transaction that they read."""
    with transaction(db):
        for key, value in rows.items():
            if key not in POLICY_KEYS:
                continue
            if value is None:
                db.execute("DELETE FROM settings WHERE key = ?", [key])
            else:
                db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                           "value = excluded.value", [key, value])
