"""Sharing with a committee in the window: Settings › Share with my committee…, the background sync with its
status-bar line, and the conflict dialog. Loaded only for a file that shares, or when the dialog opens."""

from __future__ import annotations

from desktop.store.database import Database


def shares(db: Database) -> bool:
    """Whether the file is set up to sync (read without loading any of the sync code)."""
    row = db.execute("SELECT value FROM settings WHERE key = 'sync.url'").fetchone()
    return row is not None and bool(str(row[0]).strip())
