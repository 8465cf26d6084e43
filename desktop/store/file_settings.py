"""The file's own settings (models.file_settings says which keys exist and what they accept)."""

from __future__ import annotations

from desktop.models.file_settings import SETTINGS, checked
from desktop.store.database import Database, transaction


def read_settings(db: Database) -> dict[str, str]:
    """Every known setting, stored or default, sorted by key."""
    marks = ",".join("?" * len(SETTINGS))
    stored = dict(db.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", list(SETTINGS)).fetchall())
    return {key: str(stored.get(key, SETTINGS[key].default)) for key in sorted(SETTINGS)}


def read_setting(db: Database, key: str) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row is not None else SETTINGS[key].default


def write_setting(db: Database, key: str, value: str) -> str:
    """Check and store one setting in one transaction; returns the value stored. SettingError (nothing written)
    for an unknown key or a bad value."""
    stored = checked(key, value)
    with transaction(db):
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                   "excluded.value", [key, stored])
    return stored


def write_settings(db: Database, values: dict[str, str]) -> dict[str, str]:
    """Check every value first, then store them all in one transaction (all or nothing); SettingError names
    the first bad one and writes nothing."""
    stored = {key: checked(key, value) for key, value in values.items()}
    with transaction(db):
        db.conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                            "value = excluded.value", list(stored.items()))
    return stored
