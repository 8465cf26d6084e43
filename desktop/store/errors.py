"""Why a file could not be opened or changed, in words for the office manager."""

from __future__ import annotations

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Store"


class StoreError(Exception):
    """A refused file or a failed change; the file is left as it was."""

    def __init__(self, message: Message):
        super().__init__(message.untranslated())
        self.message = message


def store_error(source: str, **params: object) -> StoreError:
    return StoreError(Message(CTX, source, params))


# Texts used in more than one place.
NOT_A_DATABASE = QT_TRANSLATE_NOOP("Store", "{path} is not a Social Calendar file (it is not a database)")
DAMAGED = QT_TRANSLATE_NOOP("Store", "{path} is damaged and was not opened: {detail}. Restore a backup.")
TOO_NEW = QT_TRANSLATE_NOOP("Store", "{path} was written by a newer version of Social Calendar (file version {found}, "
                                 "this version reads up to {supported}). Update the app to open it.")
FOREIGN = QT_TRANSLATE_NOOP("Store", "{path} is a database of another program, not a Social Calendar file")
MISSING = QT_TRANSLATE_NOOP("Store", "{path} does not exist. Check the name, or create it with the demo or import "
                                    "command, or in the window.")
DISK_FULL = QT_TRANSLATE_NOOP("Store", "The disk is full: nothing was saved. Free some space and try again.")
READ_ONLY = QT_TRANSLATE_NOOP("Store", "{path} cannot be written (read-only or no permission): nothing was saved.")
LOCKED = QT_TRANSLATE_NOOP("Store", "{path} is busy in another program: nothing was saved. Try again in a moment.")
CONFLICT = QT_TRANSLATE_NOOP("Store", "This change conflicts with what the file already holds (perhaps it was "
                                     "made twice); nothing was saved. Details: {detail}")
WRITE_FAILED = QT_TRANSLATE_NOOP("Store", "Saving failed, nothing was changed: {detail}")
