"""The note that says which window has a file open."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from desktop.store import lock


def test_our_own_note_is_no_obstacle_and_is_removed_on_release(db_path):
    lock.take(db_path)
    assert lock.lock_path(db_path).exists()
    assert lock.holder(db_path) is None
    lock.release(db_path)
    assert not lock.lock_path(db_path).exists()


def _note(db_path, pid, host=None, since=None):
    lock.lock_path(db_path).write_text(
        f"pid: {pid}\nhost: {host or socket.gethostname()}\nsince: {(since or datetime.now(UTC)).isoformat()}\n")


def test_another_live_process_holds_the_file(db_path):
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        _note(db_path, other.pid)
        found = lock.holder(db_path)
        assert found is not None
        assert found.pid == other.pid
        lock.release(db_path)  # not ours: stays
        assert lock.lock_path(db_path).exists()
    finally:
        other.kill()
        other.wait()
    assert lock.holder(db_path) is None  # the process is gone: a stale note


def test_notes_from_other_computers_go_stale_after_a_day(db_path):
    _note(db_path, os.getpid() + 1, host="another-pc")
    assert lock.holder(db_path) is not None
    assert lock.holder(db_path, now=datetime.now(UTC) + timedelta(days=2)) is None


def test_a_damaged_note_is_ignored(db_path):
    lock.lock_path(db_path).write_text("{not a note")
    assert lock.holder(db_path) is None
    lock.lock_path(db_path).write_text("pid: twelve\nhost: pc\nsince: yesterday\n")
    assert lock.holder(db_path) is None


def test_a_note_in_the_earlier_json_form_is_still_understood(db_path):
    """A window of the previous version (which wrote JSON) still warns this one off the file."""
    import json

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        lock.lock_path(db_path).write_text(json.dumps(
            {"pid": other.pid, "host": socket.gethostname(), "since": datetime.now(UTC).isoformat()}))
        found = lock.holder(db_path)
        assert found is not None
        assert found.pid == other.pid
    finally:
        other.kill()
        other.wait()
    lock.lock_path(db_path).write_text("[1, 2]")
    assert lock.holder(db_path) is None
