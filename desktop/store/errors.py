"""Why a file could not be opened or changed, in words for the office manager."""

from __future__ import annotations

import os
import sqlite3
from typing import Literal

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Store"


class StoreError(Exception):
    """A refused file or a failed change; the file is left as it was."""

    def __init__(self, message: Message, *, busy: bool = False):
        super().__init__(message.untranslated())
        self.message = message
        # Another program holds the file: nothing is wrong with it, and trying again later will do (the command
        # line gives a distinct exit code, so a scheduled task can retry).
        self.busy = busy

    @property
    def damaged(self) -> bool:
        """The file itself is damaged (never said of a busy file: that is `busy`)."""
        return self.message.source in (DAMAGED, CORRUPTED, DAMAGED_WITH_BACKUP)


def store_error(source: str, **params: object) -> StoreError:
    return StoreError(Message(CTX, source, params))


# Texts used in more than one place.
NOT_A_DATABASE = QT_TRANSLATE_NOOP("Store", "{path} is not a Social Calendar file (it is not a database)")
DAMAGED = QT_TRANSLATE_NOOP("Store", "{path} is damaged and was not opened: {detail}. Restore a backup.")
DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP("Store", "{path} is damaged ({detail}). The newest good backup is "
                                                 "from {created}: {backup}. Restoring it keeps the damaged "
                                                 "file aside: in the window, or with social-calendar restore "
                                                 "\"{backup}\" --db \"{path}\"")
CORRUPTED = QT_TRANSLATE_NOOP("Store", "{path} turns out to be damaged ({detail}): nothing was changed. Restore a "
                                      "backup.")
TOO_NEW = QT_TRANSLATE_NOOP("Store", "{path} was written by a newer version of Social Calendar (file version {found}, "
                                 "this version reads up to {supported}). Update the app to open it.")
OUTDATED = QT_TRANSLATE_NOOP("Store", "{path} has not been brought up to date for this version of Social Calendar "
                                     "yet: open it in the app once, then try again.")
FOREIGN = QT_TRANSLATE_NOOP("Store", "{path} is a database of another program, not a Social Calendar file")
MISSING = QT_TRANSLATE_NOOP("Store", "{path} does not exist. Check the name, or create it with the demo or import "
                                    "command, or in the window.")
DISK_FULL = QT_TRANSLATE_NOOP("Store", "The disk is full: nothing was saved. Free some space and try again.")
READ_ONLY = QT_TRANSLATE_NOOP("Store", "{path} cannot be written (read-only or no permission): nothing was saved.")
MOVED = QT_TRANSLATE_NOOP("Store", "{path} was moved or deleted while it was open: nothing was saved. Open it "
                                  "again from where it is now.")
LOCKED = QT_TRANSLATE_NOOP("Store", "Another program is writing to {path}; nothing was saved. Try again in a "
                                   "moment.")
BUSY_READING = QT_TRANSLATE_NOOP("Store", "Another program is writing to {path}, so it could not be read. Try again "
                                         "in a moment.")
UNFINISHED_READ_ONLY = QT_TRANSLATE_NOOP("Store", "{path} was left half-saved by a crash or power cut. It is repaired "
                                                  "by opening it for writing, but it cannot be written here "
                                                  "(read-only or no permission). Copy it to a folder you may write "
                                                  "to and open the copy.")
IO_FAILED = QT_TRANSLATE_NOOP("Store", "A disk or network error stopped the work on {path}: nothing was changed. "
                                      "Check the drive and try again.")
CONFLICT = QT_TRANSLATE_NOOP("Store", "This change conflicts with what the file already holds (perhaps it was "
                                     "made twice); nothing was saved. Details: {detail}")
WRITE_FAILED = QT_TRANSLATE_NOOP("Store", "Saving failed, nothing was changed: {detail}")
READ_FAILED = QT_TRANSLATE_NOOP("Store", "Could not read {path}: {detail}")

# What SQLite's primary result codes (the low byte of the extended code) mean while a file is opened (checked),
# read or written.
_WHILE_WRITING = {
    sqlite3.SQLITE_FULL: DISK_FULL,
    sqlite3.SQLITE_READONLY: READ_ONLY,
    sqlite3.SQLITE_PERM: READ_ONLY,
    sqlite3.SQLITE_AUTH: READ_ONLY,
    sqlite3.SQLITE_CANTOPEN: READ_ONLY,  # the journal next to the file could not be made: no permission
    sqlite3.SQLITE_BUSY: LOCKED,
    sqlite3.SQLITE_LOCKED: LOCKED,
    sqlite3.SQLITE_IOERR: IO_FAILED,
    sqlite3.SQLITE_CORRUPT: CORRUPTED,
    sqlite3.SQLITE_NOTADB: CORRUPTED,  # it was a database when it was opened
    sqlite3.SQLITE_CONSTRAINT: CONFLICT,  # a rule of the schema refused the change: the file is fine
}
_WHILE_READING = {
    sqlite3.SQLITE_BUSY: BUSY_READING,
    sqlite3.SQLITE_LOCKED: BUSY_READING,
    sqlite3.SQLITE_IOERR: IO_FAILED,
    sqlite3.SQLITE_CORRUPT: CORRUPTED,
    sqlite3.SQLITE_NOTADB: CORRUPTED,
}
# Opening comes before any command's work: a busy file then means nothing was saved, whatever the command.
_WHILE_OPENING = {**_WHILE_READING, sqlite3.SQLITE_CORRUPT: DAMAGED, sqlite3.SQLITE_NOTADB: NOT_A_DATABASE,
                  sqlite3.SQLITE_BUSY: LOCKED, sqlite3.SQLITE_LOCKED: LOCKED}
_MEANINGS = {"write": (_WHILE_WRITING, WRITE_FAILED), "read": (_WHILE_READING, READ_FAILED),
             # Apart from a busy file or a failing disk, what stops the first reads of a file is damage.
             "open": (_WHILE_OPENING, DAMAGED)}
# Extended codes that say more than their primary code.
_EXTENDED = {
    sqlite3.SQLITE_READONLY_DBMOVED: MOVED,  # the file's folder or name changed under the open connection
}

During = Literal["write", "read", "open"]


def from_sqlite(exc: sqlite3.Error, path: str | os.PathLike[str] | None = None, *,
                during: During = "write") -> StoreError:
    """The StoreError for SQLite's `exc` raised `during` a write, a read or the checks of opening a file.

    Told apart by SQLite's result code, never by the words of its message (they differ between versions).
    Errors Python raises itself (a closed connection) have no code; they and codes without a meaning here get
    a general message with SQLite's words as the detail."""
    meanings, fallback = _MEANINGS[during]
    code: int | None = getattr(exc, "sqlite_errorcode", None)
    source = fallback if code is None else _EXTENDED.get(code) or meanings.get(code & 0xFF, fallback)
    error = store_error(source, path=str(path or ""), detail=str(exc))
    error.busy = source in (LOCKED, BUSY_READING)
    return error
