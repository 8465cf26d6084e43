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

ADDRESSBOOK, CALENDAR = "addressbook", "calendar"
_COLUMNS = "collection, uid, local_id, href, etag, fields, content"


@dataclass(frozen=True)
class SyncObject:
    collection: str
    uid: str
    local_id: int | None  # None: deleted in this file
    href: str | None  # None: not on the server yet
    etag: str | None  # None: not confirmed by the server
    fields: dict[str, Any] | None  # as last agreed; None: never agreed
    content: str | None  # the text the server last gave


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
    rows = db.execute(f"SELECT {_COLUMNS} FROM sync_objects WHERE collection = ?", [collection])
    return [SyncObject(c, uid, local_id, href, etag, json.loads(fields) if fields else None, content)
            for c, uid, local_id, href, etag, fields, content in rows]


def save_objects(db: Database, found: Iterable[SyncObject]) -> None:
    with transaction(db):
        db.conn.executemany(
            f"INSERT INTO sync_objects ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (collection, uid) "
            "DO UPDATE SET local_id = excluded.local_id, href = excluded.href, etag = excluded.etag, "
            "fields = excluded.fields, content = excluded.content",
            [(o.collection, o.uid, o.local_id, o.href, o.etag,
              json.dumps(o.fields, ensure_ascii=False, sort_keys=True) if o.fields is not None else None, o.content)
             for o in found])


def forget_objects(db: Database, collection: str, uids: Iterable[str]) -> None:
    with transaction(db):
        db.conn.executemany("DELETE FROM sync_objects WHERE collection = ? AND uid = ?",
                            [(collection, uid) for uid in uids])


def collection_state(db: Database, collection: str) -> tuple[str, str | None] | None:
    """(the collection's URL, its sync token) as of the last round; None before the first."""
    row = db.execute("SELECT url, sync_token FROM sync_collections WHERE collection = ?", [collection]).fetchone()
    return (str(row[0]), row[1]) if row is not None else None


def start_collection(db: Database, collection: str, url: str) -> None:
    """Sync `collection` with the server collection at `url`. When another one was synced before (the settings
    name another address book), what was agreed with it says nothing about this one: it is forgotten, and the
    file's objects go up as new (matched by e-mail where the new collection already holds them)."""
    with transaction(db):
        state = collection_state(db, collection)
        if state is not None and state[0] == url:
            return
        db.execute("DELETE FROM sync_objects WHERE collection = ?", [collection])
        db.execute("DELETE FROM sync_conflicts WHERE collection = ?", [collection])
        db.execute("INSERT INTO sync_collections (collection, url, sync_token) VALUES (?, ?, NULL) "
                   "ON CONFLICT (collection) DO UPDATE SET url = excluded.url, sync_token = NULL", [collection, url])


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
