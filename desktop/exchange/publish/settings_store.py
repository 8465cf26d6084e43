"""Where the shared calendar is published, stored in the file's own `settings` table.

Why the file and not QSettings: the destination belongs to the organisation's register, not to the PC. A
manager who opens the demo file or a test copy must never overwrite the real shared calendar with it, and a
register moved to another PC keeps publishing where it did. The password is not here: it lives in the
operating system's keyring (see secrets.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from desktop.exchange.publish.automatic import PREFIX
from desktop.store.database import Database, transaction


@dataclass(frozen=True)
class PublishSettings:
    automatic: bool = False  # publish after every change
    folder: str = ""  # a folder (gets social-calendar.ics) or a .ics file; empty: not to a folder
    caldav_url: str = ""  # empty: not to a CalDAV server
    caldav_user: str = ""
    caldav_calendar: str = ""  # the calendar's name; empty: the URL is the calendar itself
    months_back: int = 1  # the published period: this many months before today ...
    months_ahead: int = 12  # ... to this many after

    @property
    def has_destination(self) -> bool:
        return bool(self.folder.strip() or self.caldav_url.strip())


def load_settings(db: Database) -> PublishSettings:
    rows = dict(db.execute("SELECT key, value FROM settings WHERE key LIKE ?", [PREFIX + "%"]).fetchall())
    values: dict[str, object] = {}
    for field in fields(PublishSettings):
        raw = rows.get(PREFIX + field.name)
        if raw is None:
            continue
        if field.type == "bool":
            values[field.name] = raw == "1"
        elif field.type == "int":
            try:
                values[field.name] = max(0, min(120, int(raw)))
            except ValueError:
                continue
        else:
            values[field.name] = raw
    return PublishSettings(**values)  # type: ignore[arg-type]


def save_settings(db: Database, settings: PublishSettings) -> None:
    rows = []
    for name, value in asdict(settings).items():
        text = ("1" if value else "0") if isinstance(value, bool) else str(value).strip()
        rows.append((PREFIX + name, text))
    with transaction(db):
        db.conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", rows)
