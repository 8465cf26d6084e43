"""A damaged file offers the way out: its refusal names the newest good backup, and restoring it keeps the
damaged file aside. A busy file is never called damaged. Backups of older versions are listed and restored."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest
from support.damage import flip_bytes

from desktop.models.colleague import Colleague
from desktop.store import backups
from desktop.store.database import SCHEMA_VERSION, open_database
from desktop.store.errors import StoreError
from desktop.store.repository import Register

NOW = datetime(2026, 12, 2, 9, 30)
FIXTURES = Path(__file__).parents[1] / "fixtures"


def _filled(path: Path, people: int = 300) -> None:
    db = open_database(path)
    Register(db).add_many(Colleague(first_name=f"P{i}", last_name="Jansen" * 10) for i in range(people))
    db.close()


def test_the_refusal_of_a_damaged_file_names_the_newest_good_backup(db_path):
    _filled(db_path)
    db = open_database(db_path)
    older = backups.make_backup(db, datetime(2026, 11, 30, 8, 0))
    newest = backups.make_backup(db, datetime(2026, 12, 1, 17, 45))
    db.close()
    flip_bytes(newest)  # the newest backup is damaged too: the one before it is named
    flip_bytes(db_path)
    damaged = db_path.read_bytes()
    with pytest.raises(StoreError) as refused:
        open_database(db_path)
    assert refused.value.damaged
    assert not refused.value.busy
    assert str(refused.value).startswith(f"{db_path} is damaged (")
    assert f"The newest good backup is from 30-11-2026 08:00: {older}." in str(refused.value)
    assert refused.value.message.params["backup"] == str(older)
    assert db_path.read_bytes() == damaged


def test_restoring_over_a_damaged_file_keeps_it_aside_and_opens_the_backup(db_path):
    _filled(db_path, 120)
    db = open_database(db_path)
    made = backups.make_backup(db, datetime(2026, 12, 1, 9, 0))
    db.close()
    flip_bytes(db_path)
    damaged = db_path.read_bytes()
    aside = backups.restore(made, db_path, NOW)
    assert aside == db_path.with_name("calendar.damaged-20261202-093000.sqlite")
    assert aside.read_bytes() == damaged  # never deleted
    assert db_path.stat().st_mode & 0o777 == 0o600
    db = open_database(db_path)
    assert Register(db).count() == 120
    db.close()
    assert [item.path for item in backups.list_backups(db_path)] == [made]  # the damaged file is no backup


def test_a_file_another_program_holds_is_busy_not_damaged_and_names_no_backup(db_path, monkeypatch):
    _filled(db_path, 10)
    db = open_database(db_path)
    backups.make_backup(db, NOW)
    db.close()
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr("desktop.store.database.BUSY_WAIT_SECONDS", 0.2)
        with pytest.raises(StoreError) as refused:
            open_database(db_path)
    finally:
        holder.rollback()
        holder.close()
    assert refused.value.busy
    assert not refused.value.damaged
    assert "backup" not in str(refused.value)
    assert "damaged" not in str(refused.value)


def test_a_backup_made_by_an_older_version_is_listed_and_restored_up_to_date(db_path):
    _filled(db_path, 3)
    folder = backups.folder_of(db_path)
    folder.mkdir(mode=0o700)
    old = folder / "calendar-20261101-080000.sqlite"
    shutil.copyfile(FIXTURES / "schema-3.sqlite", old)
    (listed,) = backups.list_backups(db_path)
    assert (listed.path, listed.colleagues, listed.plans) == (old, 40, 89)
    kept = backups.restore(old, db_path, NOW)
    db = open_database(db_path)
    assert Register(db).count() == 40
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    assert [item.colleagues for item in backups.list_backups(db_path) if item.path == kept] == [3]


def test_an_automatic_backup_while_the_window_writes_is_whole(db_path):
    """The backup runs on a worker thread beside the window's writes: it copies a consistent state."""
    _filled(db_path, 50)
    writer = open_database(db_path)
    done = threading.Event()

    def write() -> None:
        register = Register(writer)
        for number in range(40):
            register.add(Colleague(first_name=f"N{number}", last_name="Visser"))
        done.set()

    thread = threading.Thread(target=write)
    thread.start()
    reader = open_database(db_path)
    made = backups.make_backup(reader, NOW)
    reader.close()
    thread.join()
    writer.close()
    assert done.is_set()
    (listed,) = backups.list_backups(db_path)
    assert listed.path == made
    assert 50 <= listed.colleagues <= 90


def test_the_file_itself_is_no_backup_of_it(db_path):
    _filled(db_path, 3)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="is the file itself, not a backup of it: nothing was restored"):
        backups.restore(db_path, db_path, NOW)
    assert db_path.read_bytes() == before
    assert not backups.folder_of(db_path).exists()
