"""Schema versions that do not lock out: every released version opens and is migrated in one transaction with
every record kept; a newer minor opens, a newer major is refused and left as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store import schema
from desktop.store.database import SCHEMA, Database, FileState, open_database, open_read_only
from desktop.store.errors import StoreError
from desktop.store.repository import Register
from desktop.store.schema import Migrations, Step, Version

FIXTURES = Path(__file__).parents[1] / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema-*.sqlite"), key=lambda path: int(path.stem.removeprefix("schema-")))


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in the columns it had: what a migration must keep."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND name NOT LIKE 'sqlite_%' AND name <> '_sqlite_migrations'")]
        rows = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
            rows[table] = conn.execute(f"SELECT {', '.join(columns)} FROM [{table}] ORDER BY rowid").fetchall()
        return rows
    finally:
        conn.close()


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_is_a_file_of_each_released_version():
    assert [path.name for path in RELEASED][:2] == ["schema-3.sqlite", "schema-4.sqlite"]


@pytest.mark.parametrize("released", RELEASED, ids=lambda path: path.stem)
def test_a_released_version_opens_is_brought_up_to_date_and_keeps_every_record(released, tmp_path):
    path = tmp_path / "calendar.sqlite"
    shutil.copyfile(released, path)
    if _user_version(path) > SCHEMA.major:
        pytest.skip(f"{released.name} is of a version newer than this build's {SCHEMA}")
    before = _rows(path)
    assert sum(map(len, before.values())) > 250  # a rich file: colleagues, plans, organisers, leave, settings
    assert all(before[table] for table in ("colleagues", "departments", "recorded_occasions", "celebrations",
                                           "celebration_organisers", "leave", "settings"))
    db = open_database(path)
    try:
        register = Register(db)
        assert register.count() == len(before["colleagues"])
        assert len(register.recorded_occasions()) == len(before["recorded_occasions"])
    finally:
        db.close()
    assert _user_version(path) == SCHEMA.major
    after = _rows(path)
    for table, rows in before.items():
        columns = len(rows[0]) if rows else 0
        assert [row[:columns] for row in after[table]] == rows, table
    open_read_only(path).close()  # up to date: the read-only gateway reads it


@pytest.mark.parametrize("released", RELEASED, ids=lambda path: path.stem)
def test_an_upgrade_runs_in_one_transaction_and_a_failing_step_leaves_the_file_as_it_was(released, tmp_path):
    path = tmp_path / "calendar.sqlite"
    shutil.copyfile(released, path)
    if _user_version(path) > SCHEMA.major:
        pytest.skip(f"{released.name} is of a version newer than this build's {SCHEMA}")
    before = _digest(path)
    failing = Migrations()
    failing.steps = list(schema.migrations.steps)

    @failing(name=f"{SCHEMA.major + 1:04d}_fails_halfway")
    def _fails(db):
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        raise sqlite3.OperationalError("the disk gave up")

    conn = sqlite3.connect(path)
    with pytest.raises(StoreError, match="the disk gave up"):
        failing.apply(Database(conn, path))
    conn.close()
    assert _digest(path) == before  # not even the steps before the failing one were kept


def _newer(path: Path, name: str, user_version: int) -> None:
    open_database(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE INDEX colleagues_first_name ON colleagues (first_name)")
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, '')",
                     [schema.MIGRATION_SET, name])
        conn.execute(f"PRAGMA user_version = {user_version}")
    conn.close()


def test_a_file_of_a_newer_minor_opens_reads_and_writes(db_path):
    newer = Version(SCHEMA.major, SCHEMA.minor + 1)
    _newer(db_path, f"{newer.major:04d}.{newer.minor}_first_name_index", SCHEMA.major)
    db = open_database(db_path)
    from desktop.models.colleague import Colleague

    Register(db).add(Colleague(first_name="Anna", last_name="Bakker"))
    db.close()
    reader = open_read_only(db_path)
    assert reader.execute("SELECT count(*) FROM colleagues").fetchone()[0] == 1
    reader.close()
    # Its user_version is still the major: builds released before the minor (which only compare it) open it too.
    assert _user_version(db_path) == SCHEMA.major


def test_a_file_of_a_newer_major_is_refused_with_the_versions_and_left_as_it_was(db_path):
    _newer(db_path, f"{SCHEMA.major + 1:04d}_something_new", SCHEMA.major + 1)
    before = _digest(db_path)
    for opening in (open_database, open_read_only):
        with pytest.raises(StoreError) as refused:
            opening(db_path)
        assert str(refused.value) == (f"{db_path} was written by a newer version of Social Calendar (file version "
                                      f"{SCHEMA.major + 1}.0, this version reads up to {SCHEMA}). Update the app "
                                      "to open it.")
    assert _digest(db_path) == before


def test_a_file_that_needs_only_a_minor_step_can_be_read_as_it_is():
    index = Step("0004.1_an_index", Version(4, 1), lambda db: None)
    table = Step("0005_a_table", Version(5), lambda db: None)
    assert FileState(Version(4), (index,)).readable
    assert not FileState(Version(4), (index, table)).readable


def test_a_misnumbered_step_is_refused_when_it_is_written():
    steps = Migrations()
    steps.steps = list(schema.migrations.steps)
    for wrong in (f"{SCHEMA.major + 2:04d}_skips_one", f"{SCHEMA.major:04d}_again",
                  f"{SCHEMA.major:04d}.{SCHEMA.minor + 2}_gap", "sync_tables", f"{SCHEMA.major + 1:04d}._dot",
                  f"{SCHEMA.major + 1}_short", f"{SCHEMA.major:04d}.1"):
        with pytest.raises(ValueError, match="must be named"):
            steps(name=wrong)
    steps(name=f"{SCHEMA.major:04d}.{SCHEMA.minor + 1}_an_index")
    steps(name=f"{SCHEMA.major + 1:04d}_a_table")


def test_a_file_of_an_older_version_can_still_be_made_step_by_step(tmp_path):
    """What tests of a migration do: make the file as the version before it made it, with sqlite-utils."""
    import sqlite_utils

    from desktop.store.schema import SCHEMA_VERSION

    path = tmp_path / "older.sqlite"
    older = sqlite_utils.Database(path)
    schema.migrations.apply(older, stop_before="0004_sent_mail")
    assert older.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "sent_mail" not in older.table_names()
    older.close()
    open_database(path).close()
    assert _user_version(path) == SCHEMA_VERSION == SCHEMA.major
