"""Backups beside the file: verified, owner-only, thinned; listed and restored from the command line."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from support.damage import flip_bytes

from desktop.cli import main
from desktop.store import backups
from desktop.store.database import open_database
from desktop.store.repository import Register


def _count(path) -> int:
    register = Register(open_database(path, create=False))
    try:
        return register.count()
    finally:
        register.db.close()


def test_a_backup_is_owner_only_listed_and_restored_with_the_current_file_kept(db_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "12"]) == 0
    db = open_database(db_path)
    made = backups.make_backup(db, datetime(2026, 11, 28, 9, 0))
    db.execute("DELETE FROM celebration_organisers")
    db.execute("DELETE FROM celebrations")
    db.execute("DELETE FROM recorded_occasions")
    db.execute("DELETE FROM leave")
    db.execute("DELETE FROM colleagues")
    db.conn.commit()
    db.close()
    assert made.parent.stat().st_mode & 0o777 == 0o700
    assert made.stat().st_mode & 0o777 == 0o600
    capsys.readouterr()
    assert main(["backups", "--db", str(db_path), "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["path"] == str(made)
    assert listed["created"] == "2026-11-28T09:00:00"
    assert listed["colleagues"] == 12
    assert _count(db_path) == 0
    assert main(["restore", str(made), "--db", str(db_path)]) == 0
    assert _count(db_path) == 12
    kept = [item for item in backups.list_backups(db_path) if item.path != made]
    assert [item.colleagues for item in kept] == [0]  # the emptied file, kept before the restore


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(db_path, tmp_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "5"]) == 0
    before = db_path.read_bytes()
    foreign = tmp_path / "other.sqlite"
    import sqlite3

    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(before)
    data[4096:] = b"\xff" * (len(data) - 4096)
    damaged.write_bytes(bytes(data))
    for bad in (foreign, damaged):
        assert main(["restore", str(bad), "--db", str(db_path)]) == 1
        assert db_path.read_bytes() == before
    assert not backups.folder_of(db_path).exists()


def test_thinning_keeps_7_days_4_weeks_and_12_months(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 28, 12, 0)
    for hours in range(0, 24 * 500, 6):
        (folder / f"calendar-{(now - timedelta(hours=hours)).strftime('%Y%m%d-%H%M%S')}.sqlite").write_bytes(b"")
    backups.thin(folder, "calendar", now)
    left = sorted(datetime.strptime(path.stem.split("-", 1)[1], "%Y%m%d-%H%M%S") for path in folder.iterdir())
    assert len(left) <= 4 + 7 + 4 + 12  # the last day's (every 6 hours here), then days, weeks and months
    assert sum(now - created <= timedelta(days=1) for created in left) == 5
    assert max(left) == now
    assert all(now - created <= timedelta(days=366) for created in left)
    assert sum(now - created <= timedelta(days=7) for created in left) >= 7


def test_at_most_one_automatic_backup_a_day(db_path):
    open_database(db_path).close()
    now = datetime(2026, 11, 28, 9, 0)
    assert backups.due(db_path, now)
    db = open_database(db_path)
    backups.make_backup(db, now)
    db.close()
    assert not backups.due(db_path, now + timedelta(hours=23))
    assert backups.due(db_path, now + timedelta(days=1))


def test_a_damaged_file_is_refused_naming_the_newest_good_backup_which_restore_brings_back(db_path, capsys):
    assert main(["demo", "--db", str(db_path), "--people", "30"]) == 0
    db = open_database(db_path)
    made = backups.make_backup(db, datetime(2026, 12, 1, 8, 15))
    db.close()
    data = flip_bytes(db_path)
    capsys.readouterr()
    assert main(["check", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert f"The newest good backup is from 01-12-2026 08:15: {made}." in err
    assert f'social-calendar restore "{made}" --db "{db_path}"' in err
    assert main(["restore", str(made), "--db", str(db_path)]) == 0
    (aside,) = db_path.parent.glob("calendar.damaged-*.sqlite")
    assert aside.read_bytes() == data
    assert main(["check", "--full", "--db", str(db_path)]) == 0
    assert _count(db_path) == 30
