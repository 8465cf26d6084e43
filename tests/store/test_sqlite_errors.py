"""Real SQLite failures, each produced as it happens to a user, and the message the user gets for it.

The messages are told apart by SQLite's result code, so every case here makes SQLite fail for real: a file that
may not grow (a full disk), another program holding the lock, garbage written into the file, a folder removed
from under an open file. Each checks the whole message and that nothing was written.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from desktop.models.colleague import Colleague
from desktop.store.database import SCHEMA, open_database, open_read_only, reading
from desktop.store.errors import StoreError
from desktop.store.repository import Register

PAGE = 4096


def _filled(path, people=400) -> Register:
    register = Register(open_database(path))
    register.add_many(Colleague(first_name=f"P{i}", last_name="Jansen" * 20) for i in range(people))
    return register


def _failure(call) -> tuple[str, int | None]:
    """The user's message for `call`, and the SQLite result code behind it."""
    with pytest.raises(StoreError) as caught:
        call()
    cause = caught.value.__cause__
    return str(caught.value), getattr(cause, "sqlite_errorcode", None)


def _wreck(path, start: int, end: int) -> None:
    """Garbage over bytes start..end of the file, behind the back of any connection that has it open; the
    header's change counter moves too, so an open connection drops what it cached and reads the garbage."""
    data = bytearray(path.read_bytes())
    data[start:end] = b"\xff" * (end - start)
    if start >= 28:
        data[24:28] = struct.pack(">I", struct.unpack(">I", data[24:28])[0] + 1)
    path.write_bytes(bytes(data))


def test_a_full_disk_says_so_and_saves_nothing(db_path):
    register = _filled(db_path, people=1)
    pages = register.db.execute("PRAGMA page_count").fetchone()[0]
    register.db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: as good as a full disk
    message, code = _failure(lambda: register.add_many(
        Colleague(first_name=f"Q{i}", last_name="Vol" * 30) for i in range(500)))
    assert (message, code) == ("The disk is full: nothing was saved. Free some space and try again.",
                               sqlite3.SQLITE_FULL)
    assert register.count() == 1
    register.db.close()


def test_a_file_locked_by_another_program_is_busy_for_writing_and_for_reading(db_path):
    register = _filled(db_path, people=1)
    register.db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program in the middle of writing
    try:
        message, code = _failure(lambda: register.add(Colleague(first_name="Jan", last_name="Jansen")))
        assert message == f"Another program is writing to {db_path}; nothing was saved. Try again in a moment."
        assert code == sqlite3.SQLITE_BUSY
        message, code = _failure(lambda: open_read_only(db_path, timeout=0.1))
        assert message == f"Another program is writing to {db_path}; nothing was saved. Try again in a moment."
        assert code == sqlite3.SQLITE_BUSY
    finally:
        other.rollback()
        other.close()
    assert register.count() == 1  # and once the other program is done, writing works again
    register.add(Colleague(first_name="Jan", last_name="Jansen"))
    assert register.count() == 2
    register.db.close()


def test_garbage_written_into_an_open_file_is_reported_as_damage(db_path):
    register = _filled(db_path)
    _wreck(db_path, PAGE, db_path.stat().st_size)  # every page after the first
    message, code = _failure(lambda: register.add(Colleague(first_name="Jan", last_name="Jansen")))
    assert message == (f"{db_path} turns out to be damaged (database disk image is malformed): nothing was "
                       "changed. Restore a backup.")
    assert code & 0xFF == sqlite3.SQLITE_CORRUPT
    register.db.close()


def test_an_open_file_overwritten_from_its_header_is_damaged_too(db_path):
    register = _filled(db_path)
    _wreck(db_path, 0, 200)
    message, code = _failure(lambda: register.add(Colleague(first_name="Jan", last_name="Jansen")))
    assert message == (f"{db_path} turns out to be damaged (file is not a database): nothing was changed. "
                       "Restore a backup.")
    assert code == sqlite3.SQLITE_NOTADB
    register.db.close()


def test_a_file_whose_folder_was_removed_while_open_says_it_moved(tmp_path):
    path = tmp_path / "usb-stick" / "calendar.sqlite"
    register = _filled(path, people=1)
    shutil.rmtree(path.parent)  # the stick pulled, or the folder renamed in the file manager
    message, code = _failure(lambda: register.add(Colleague(first_name="Jan", last_name="Jansen")))
    assert message == (f"{path} was moved or deleted while it was open: nothing was saved. Open it again from "
                       "where it is now.")
    assert code == sqlite3.SQLITE_READONLY_DBMOVED
    register.db.close()


def test_a_disk_error_says_so_and_saves_nothing(db_path):
    register = _filled(db_path, people=1)
    (db_path.parent / f"{db_path.name}-journal").mkdir()  # SQLite cannot use its journal: an I/O error
    message, code = _failure(lambda: register.add(Colleague(first_name="Jan", last_name="Jansen")))
    assert message == (f"A disk or network error stopped the work on {db_path}: nothing was changed. Check the "
                       "drive and try again.")
    assert code & 0xFF == sqlite3.SQLITE_IOERR
    (db_path.parent / f"{db_path.name}-journal").rmdir()
    assert register.count() == 1
    register.db.close()


def test_a_read_only_connection_cannot_write_and_says_so(db_path):
    _filled(db_path, people=1).db.close()
    before = db_path.read_bytes()
    db = open_read_only(db_path)
    message, code = _failure(lambda: Register(db).add(Colleague(first_name="Jan", last_name="Jansen")))
    assert message == f"{db_path} cannot be written (read-only or no permission): nothing was saved."
    assert code == sqlite3.SQLITE_READONLY
    db.close()
    assert db_path.read_bytes() == before


def test_a_duplicate_is_a_conflict_not_damage(register):
    register.add_department("Verkoop")
    message, code = _failure(lambda: _insert_department(register))
    assert message.startswith("This change conflicts with what the file already holds")
    assert code & 0xFF == sqlite3.SQLITE_CONSTRAINT


def _insert_department(register) -> None:
    from desktop.store.database import transaction

    with transaction(register.db):
        register.db.execute("INSERT INTO departments (name) VALUES ('Verkoop')")


# -- the read-only gateway: the same checks as opening for writing ------------------------------------------
def _foreign(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _set_version(version):
    def make(path):
        open_database(path).close()
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
        conn.close()
    return make


def _released_version_3(path):
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "schema-3.sqlite", path)


def _damaged(path):
    _filled(path).db.close()
    _wreck(path, PAGE, path.stat().st_size)


@pytest.mark.parametrize(("make", "expected"), [
    (lambda path: None, "{path} does not exist. Check the name, or create it with the demo or import command, "
                        "or in the window."),
    (lambda path: path.write_text("name,birthday\nJan,1980-01-01\n"),
     "{path} is not a Social Calendar file (it is not a database)"),
    (lambda path: path.write_bytes(b""), "{path} is not a Social Calendar file (it is not a database)"),
    (_foreign, "{path} is a database of another program, not a Social Calendar file"),
    (_set_version(99), "{path} was written by a newer version of Social Calendar (file version 99.0, this version "
                       f"reads up to {SCHEMA}). Update the app to open it."),
    (_released_version_3, "{path} has not been brought up to date for this version of Social Calendar yet: open it "
                      "in the app once, then try again."),
    (_damaged, "{path} is damaged and was not opened: "),
], ids=["missing", "csv", "empty", "foreign", "too-new", "outdated", "damaged"])
def test_the_read_only_gateway_refuses_what_open_database_refuses_and_changes_nothing(tmp_path, make, expected):
    path = tmp_path / "calendar.sqlite"
    make(path)
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(StoreError) as caught:
        open_read_only(path)
    assert str(caught.value).startswith(expected.format(path=path))
    assert (path.read_bytes() if path.exists() else None) == before


def test_reading_gives_a_checked_connection_and_closes_it(db_path):
    _filled(db_path, people=3).db.close()
    with reading(db_path) as db:
        assert Register(db).count() == 3
        conn = db.conn
    assert db.closed
    with pytest.raises(sqlite3.ProgrammingError):
        conn.execute("SELECT 1")


def test_a_failure_while_reading_is_a_store_error_in_reading_words(db_path):
    _filled(db_path, people=1).db.close()
    message, code = _failure(lambda: _read_missing_table(db_path))
    assert message == f"Could not read {db_path}: no such table: nothing_here"
    assert code == sqlite3.SQLITE_ERROR


def _read_missing_table(path) -> None:
    with reading(path) as db:
        db.execute("SELECT * FROM nothing_here")
