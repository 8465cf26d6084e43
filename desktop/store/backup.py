"""A consistent copy of the file, taken with SQLite's online backup (safe while the app has it open)."""

from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path

from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.store import errors
from desktop.store.database import open_database, translate_errors
from desktop.store.errors import store_error

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def backup_to(db_path: Path, out: Path) -> None:
    """Copy `db_path` to `out` (owner-only), via a temporary file so `out` is never half-written."""
    out = Path(out)
    if out.is_dir():
        raise store_error(QT_TRANSLATE_NOOP("Store", "{out} is a folder: give the backup a file name"), out=str(out))
    if out.exists() and Path(db_path).exists() and out.resolve() == Path(db_path).resolve():
        raise store_error(QT_TRANSLATE_NOOP("Store", "The backup cannot replace the file it copies: choose another "
                                                     "name than {out}"), out=str(out))
    source = open_database(db_path, create=False)
    try:
        copy_to(source.conn, out)
    finally:
        source.close()


def copy_to(conn: sqlite3.Connection, out: Path) -> None:
    """SQLite's online backup of `conn` into `out`, owner-only, whole or not at all.

    The copy is made under a fresh temporary name of our own, created with O_EXCL (so a file or link someone
    left at that name is never reused or followed, and never lends the copy its mode or owner), synced to the
    disk, then renamed over `out`."""
    out = Path(out)
    partial: Path | None = None
    try:
        partial = _fresh_partial(out)
        target = sqlite3.connect(partial)
        try:
            with translate_errors(out):
                conn.backup(target)
        finally:
            target.close()
        _fsync(partial)
        os.replace(partial, out)
        partial = None
        _fsync_folder(out.parent)
    except OSError as exc:
        raise store_error(errors.WRITE_FAILED, detail=exc.strerror or str(exc)) from exc
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)  # whatever went wrong, no half copy stays behind (only our own)


def _fresh_partial(out: Path) -> Path:
    for _ in range(100):
        partial = out.with_name(f".{out.name}.{secrets.token_hex(6)}.partial")
        try:
            os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW, 0o600))
        except FileExistsError:
            continue
        return partial
    raise FileExistsError(f"no free temporary name beside {out}")


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    """The rename itself reaches the disk only when the folder is synced (not possible on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
