"""Backups in a `backups` folder beside the file: made with SQLite's backup API, verified, thinned; restored.

Each backup is owner-only in an owner-only folder, written through backup.copy_to (a fresh O_EXCL temporary
name, fsync, rename) and checked with `integrity_check` before older ones are thinned, so a bad copy never
costs a good one. Kept: every backup of the last 24 hours (so the copy kept before a restore survives the
backup made when the window closes), and the newest of each of the last 7 days, 4 weeks and 12 months.
A damaged file is never deleted: restoring over it first sets it aside beside it (`NAME.damaged-STAMP.sqlite`).
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.store import errors
from desktop.store.backup import copy_to
from desktop.store.database import Database, open_database, open_read_only, translate_errors
from desktop.store.errors import StoreError, store_error
from desktop.store.schema import applied_names, migrations

_STAMP = "%Y%m%d-%H%M%S"
UNSOUND = QT_TRANSLATE_NOOP("Store", "The backup of {path} did not check out ({detail}); the older backups were "
                                     "kept.")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("Store", "The backup {path} is damaged ({detail}): nothing was restored. Choose "
                                            "another backup.")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")


class Backup(NamedTuple):
    path: Path
    created: datetime
    colleagues: int
    plans: int


def folder_of(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def make_backup(db: Database, now: datetime) -> Path:
    """A verified backup of the open file `db`; older backups are thinned only after it checked out."""
    folder = folder_of(db.path)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        folder.chmod(0o700)
    except OSError as exc:
        raise store_error(errors.WRITE_FAILED, detail=exc.strerror or str(exc)) from exc
    out = folder / f"{db.path.stem}-{now.strftime(_STAMP)}.sqlite"
    while out.exists():  # two in one second (a check, then a restore): each keeps its own copy
        now += timedelta(seconds=1)
        out = folder / f"{db.path.stem}-{now.strftime(_STAMP)}.sqlite"
    copy_to(db.conn, out)
    verdict = _verdict(out)
    if verdict != ["ok"]:
        out.unlink(missing_ok=True)
        raise store_error(UNSOUND, path=str(db.path), detail="; ".join(verdict))
    thin(folder, db.path.stem, now)
    return out


def _verdict(path: Path) -> list[str]:
    """`integrity_check` of a backup (every page read), as opening it would see it: ["ok"] when sound."""
    try:
        check = open_read_only(path, older=True)
    except StoreError as exc:
        return [str(exc)]
    try:
        return [row[0] for row in check.execute("PRAGMA integrity_check(5)")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        check.close()


def _stamped(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """The backups of the file named `stem` in `folder`, newest first; none when the folder cannot be read."""
    found = []
    try:
        names = list(folder.glob("*.sqlite")) if folder.is_dir() else []
    except OSError:
        return []
    for path in names:
        match = _NAME.match(path.name)
        if match and match["stem"] == stem:
            try:
                found.append((datetime.strptime(match["stamp"], _STAMP), path))
            except ValueError:  # 20261399-...: not a moment, so not one of ours
                continue
    return sorted(found, reverse=True)


def thin(folder: Path, stem: str, now: datetime) -> list[Path]:
    """Remove the backups no rule keeps (every one of the last 24 hours; the newest of each of the last 7 days,
    4 weeks and 12 months); returns them."""
    keep: set[Path] = set()
    buckets: set[tuple[str, object]] = set()
    for created, path in _stamped(folder, stem):
        age = now - created
        if age <= timedelta(days=1):  # all of the last day: the copy kept before a restore or a check stays
            keep.add(path)
        for rule, span, bucket in (("day", timedelta(days=7), created.date()),
                                   ("week", timedelta(weeks=4), created.isocalendar()[:2]),
                                   ("month", timedelta(days=366), (created.year, created.month))):
            if age <= span and (rule, bucket) not in buckets:
                buckets.add((rule, bucket))
                keep.add(path)
    removed = [path for _, path in _stamped(folder, stem) if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def due(db_path: Path, now: datetime) -> bool:
    """At most one automatic backup a day."""
    found = _stamped(folder_of(db_path), Path(db_path).stem)
    return not found or now - found[0][0] >= timedelta(days=1)


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of `db_path`, newest first (those made by older versions too); one that cannot be opened is
    left out."""
    return [found for found in map(_described, _stamped(folder_of(db_path), Path(db_path).stem)) if found]


def _described(stamped: tuple[datetime, Path]) -> Backup | None:
    created, path = stamped
    try:
        db = open_read_only(path, older=True)
    except StoreError:
        return None
    try:
        colleagues = db.execute("SELECT count(*) FROM colleagues").fetchone()[0]
        plans = db.execute("SELECT count(*) FROM celebrations").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        db.close()
    return Backup(path, created, colleagues, plans)


def newest_good(db_path: Path) -> Backup | None:
    """The newest backup of `db_path` that checks out whole (`integrity_check`): the way out of a damaged file."""
    for stamped in _stamped(folder_of(db_path), Path(db_path).stem):
        found = _described(stamped)
        if found is not None and _verdict(found.path) == ["ok"]:
            return found
    return None


def set_aside(db_path: Path, now: datetime) -> Path:
    """Move a damaged file out of the way under a name that says what it is, beside it (never deleted): a
    specialist may still get something out of it."""
    db_path = Path(db_path)
    aside = db_path.with_name(f"{db_path.stem}.damaged-{now.strftime(_STAMP)}{db_path.suffix}")
    try:
        os.replace(db_path, aside)
        journal = db_path.with_name(db_path.name + "-journal")
        if journal.exists():
            os.replace(journal, aside.with_name(aside.name + "-journal"))
    except OSError as exc:
        raise store_error(errors.WRITE_FAILED, detail=exc.strerror or str(exc)) from exc
    return aside


def restore(backup: Path, db_path: Path, now: datetime) -> Path:
    """Bring `backup` back as `db_path`; returns where the file as it was is kept: a new backup of it, or, when
    it is damaged, the file itself set aside under a clear name.

    A damaged, foreign or too new backup is refused (StoreError) and nothing is touched. The copy goes through
    SQLite's backup API into the open file, in one step; a backup made by an older version is brought up to
    date in the same way as opening it would."""
    if Path(backup).exists() and Path(db_path).exists() and Path(backup).resolve() == Path(db_path).resolve():
        raise store_error(QT_TRANSLATE_NOOP("Store", "{path} is the file itself, not a backup of it: nothing was "
                                                     "restored."), path=str(backup))
    try:
        source = open_read_only(backup, older=True)  # the checks of opening: refuses what is not a file of ours
    except StoreError as exc:
        if exc.damaged:
            raise store_error(BACKUP_DAMAGED, path=str(backup), detail=exc.message.params.get("detail", "")) from exc
        raise
    try:
        verdict = [row[0] for row in source.execute("PRAGMA integrity_check(5)")]
        if verdict != ["ok"]:
            raise store_error(BACKUP_DAMAGED, path=str(backup), detail="; ".join(verdict))
        try:
            current = open_database(db_path, create=False)
        except StoreError as exc:
            if not exc.damaged:
                raise
            return _replace_damaged(source, db_path, now)
        try:
            try:
                kept = make_backup(current, now)
            except StoreError as exc:
                if exc.message.source != UNSOUND:
                    raise
                current.close()  # it opens, but a copy of it does not check out: damaged after all
                return _replace_damaged(source, db_path, now)
            with translate_errors(db_path):
                source.conn.backup(current.conn)
            if migrations.due(applied_names(current.conn)):
                with translate_errors(db_path):
                    migrations.apply(current)
        finally:
            current.close()
    finally:
        source.close()
    return kept


def _replace_damaged(source: Database, db_path: Path, now: datetime) -> Path:
    kept = set_aside(db_path, now)
    copy_to(source.conn, db_path)
    open_database(db_path).close()  # brought up to date when the backup is older
    return kept
