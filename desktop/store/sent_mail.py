"""The sent-log: which reminder mails the server accepted (one row each, written as soon as it is accepted)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.store.database import Database, transaction


def sent_keys(db: Database) -> set[str]:
    return {str(row[0]) for row in db.execute("SELECT key FROM sent_mail")}


def record_sent(db: Database, key: str, recipient: str, today: date) -> None:
    """One transaction per mail, so a fault after it never loses the record of those already sent."""
    with transaction(db):
        db.execute("INSERT OR IGNORE INTO sent_mail (key, recipient, sent_on, sent_at) VALUES (?, ?, ?, ?)",
                   [key, recipient, today.isoformat(), datetime.now(UTC).isoformat(timespec="seconds")])
