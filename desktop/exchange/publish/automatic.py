"""Whether a file publishes its calendar after every change: the window asks at start-up, before (and instead
of) loading any publishing code. The settings themselves are in settings_store.py."""

from __future__ import annotations

from desktop.store.database import Database

PREFIX = "publish."  # the keys of the publishing settings in the file's `settings` table


def publishes_automatically(db: Database) -> bool:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [PREFIX + "automatic"]).fetchone()
    return row is not None and row[0] == "1"
