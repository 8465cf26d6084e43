"""A note beside the file saying which window has it open, so that a second window warns before editing.

SQLite keeps every transaction whole, but two windows on one file would each show (and save from) their own
picture of it. The note is advisory: a window that crashed leaves one behind, which is recognised as stale
when its process is gone (on this computer) or after a day (on another computer sharing the drive).

The note is three lines of `key: value` (pid, host, since), readable by a person who finds it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

STALE_ELSEWHERE = timedelta(days=1)


class LockHolder(NamedTuple):  # not a dataclass: this module loads at start-up, where each costs 0.5 ms
    pid: int
    host: str
    since: datetime


def _host() -> str:
    """This computer's name, as socket.gethostname() gives it (importing socket costs start-up 3 ms)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    return socket.gethostname()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def holder(db_path: Path, now: datetime | None = None) -> LockHolder | None:
    """Who else has `db_path` open, or None (nobody, ourselves, or a stale note)."""
    try:
        data = _read(lock_path(db_path))
        found = LockHolder(int(data["pid"]), data["host"], datetime.fromisoformat(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if found.host == _host():
        return None if found.pid == os.getpid() or not _alive(found.pid) else found
    return found if (now or datetime.now(UTC)) - found.since < STALE_ELSEWHERE else None


def take(db_path: Path) -> None:
    """Say that this process has `db_path` open. Best effort: a read-only folder just means no note."""
    note = {"pid": os.getpid(), "host": _host(), "since": datetime.now(UTC).isoformat()}
    text = "".join(f"{key}: {value}\n" for key, value in note.items())
    path = lock_path(db_path)
    partial = path.with_name(path.name + ".partial")
    try:
        descriptor = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)


def release(db_path: Path) -> None:
    """Remove the note if it is ours."""
    path = lock_path(db_path)
    try:
        data = _read(path)
        if data.get("pid") == str(os.getpid()) and data.get("host") == _host():
            path.unlink()
    except (OSError, ValueError):
        pass


def _read(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("{"):  # written by a version before 2026-11-29, which wrote JSON
        import json

        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a note")
        return {key: str(value) for key, value in data.items()}
    return dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
