"""A consistent copy of the file, taken with SQLite's online backup (safe while the app has it open)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.models.i18n import QT_TRANSLATE_NOOP
from desktop.store import errors
from desktop.store.database import open_database, translate_errors
from desktop.store.errors import store_error


def backup_to(db_path: Path, out: Path) -> None:
    """Copy `db_path` to `out` (owner-only), via a temporary file so `out` is never half-written."""
    out = Path(out)
    if out.is_dir():
        raise store_error(QT_TRANSLATE_NOOP("Store", "{out} is a folder: give the backup a file name"), out=str(out))
    if out.exists() and Path(db_path).exists() and out.resolve() == Path(db_path).resolve():
        raise store_error(QT_TRANSLATE_NOOP("Store", "The backup cannot replace the file it copies: choose another "
                                                     "name than {out}"), out=str(out))
    source = open_database(db_path, create=False)
    partial = out.with_name(out.name + ".partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600))
        target = sqlite3.connect(partial)
        try:
            with translate_errors(out):
                source.conn.backup(target)
        finally:
            target.close()
        os.replace(partial, out)
    except OSError as exc:
        raise store_error(errors.WRITE_FAILED, detail=exc.strerror or str(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)  # whatever went wrong, no half copy stays behind
        source.close()
