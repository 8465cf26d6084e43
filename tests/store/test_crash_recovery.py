"""A writer killed while it commits (a power cut, kill -9) leaves a hot journal: the file must be recovered and
opened, with all-before or all-after content, never called damaged.

The writers are real processes killed with SIGKILL; nothing of SQLite is replaced.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.models.colleague import Colleague
from desktop.store.database import open_database, open_read_only, transaction
from desktop.store.errors import StoreError
from desktop.store.repository import Register

PEOPLE = 600
ROOT = str(Path(__file__).resolve().parents[2])

# Flips every colleague's notes to a new generation in one transaction, again and again, until killed.
WRITER = r"""
import sys
from desktop.store.database import open_database, transaction
db = open_database(sys.argv[1], create=False)
print("ready", flush=True)
generation = 0
while True:
    generation += 1
    with transaction(db):
        db.execute("UPDATE colleagues SET notes = ?", (f"generation {generation} " + "x" * 400,))
"""

# Half a transaction reaches the file itself (a cache of two pages spills), then the process dies.
HALF_WRITTEN = r"""
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 2")
conn.execute("BEGIN")
conn.execute("UPDATE colleagues SET notes = 'after' || hex(randomblob(300))")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _register(path: Path) -> None:
    register = Register(open_database(path))
    register.add_many(Colleague(first_name=f"P{i}", last_name="Jansen") for i in range(PEOPLE))
    with transaction(register.db):
        register.db.execute("UPDATE colleagues SET notes = 'generation 0'")
    register.db.close()


def _python(code: str, path: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, str(path)], env={**os.environ, "PYTHONPATH": ROOT},
                            **kwargs)


def _generations(path: Path) -> set[str]:
    """What every row holds, after the check a user's open does; integrity_check must be ok."""
    db = open_database(path, create=False)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("SELECT count(*) FROM colleagues").fetchone()[0] == PEOPLE
        return {row[0].split(" x")[0] for row in db.execute("SELECT notes FROM colleagues")}
    finally:
        db.close()


def test_a_transaction_cut_off_half_written_is_rolled_back_not_called_damaged(db_path):
    _register(db_path)
    assert _python(HALF_WRITTEN, db_path).wait() == -signal.SIGKILL
    journal = db_path.with_name(db_path.name + "-journal")
    assert journal.stat().st_size > 0  # the hot journal the crash left
    raw = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError):  # what a read-only look alone makes of it
        raw.execute("SELECT count(*) FROM colleagues").fetchone()
    raw.close()
    assert _generations(db_path) == {"generation 0"}
    assert not journal.exists()


def test_the_read_only_gateway_recovers_too(db_path):
    _register(db_path)
    _python(HALF_WRITTEN, db_path).wait()
    db = open_read_only(db_path)
    assert {row[0] for row in db.execute("SELECT notes FROM colleagues")} == {"generation 0"}
    db.close()


def test_a_read_only_file_with_a_hot_journal_says_what_to_do_and_is_not_called_damaged(db_path):
    if os.geteuid() == 0:
        pytest.skip("root may write to read-only files")
    _register(db_path)
    _python(HALF_WRITTEN, db_path).wait()
    db_path.parent.chmod(0o500)
    try:
        with pytest.raises(StoreError) as caught:
            open_database(db_path, create=False)
    finally:
        db_path.parent.chmod(0o700)
    assert "left half-saved by a crash" in str(caught.value)
    assert "damaged" not in str(caught.value)


def test_writers_killed_at_the_commit_leave_files_that_open_with_all_before_or_all_after(db_path):
    _register(db_path)
    template = db_path.read_bytes()
    journal = db_path.with_name(db_path.name + "-journal")
    rng = random.Random(11)
    left_journal = 0
    for _ in range(12):
        db_path.write_bytes(template)
        journal.unlink(missing_ok=True)
        writer = _python(WRITER, db_path, stdout=subprocess.PIPE)
        writer.stdout.readline()
        time.sleep(rng.uniform(0, 0.03))
        deadline = time.monotonic() + 5
        while not journal.exists() and time.monotonic() < deadline:
            pass  # the journal exists from the transaction's first write until its commit ends
        time.sleep(rng.uniform(0, 0.003))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        left_journal += journal.exists()
        generations = _generations(db_path)
        assert len(generations) == 1, generations  # one transaction, whole or not at all
    assert left_journal >= 3  # the kills really landed inside transactions
