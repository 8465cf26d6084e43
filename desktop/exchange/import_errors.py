"""Messages of the import, and the error for a file that cannot be imported at all.

Every text the user sees is a `Message` in the "Import" context, marked for lupdate, so the window and the
command line can show it in Dutch or English.
"""

from __future__ import annotations

from desktop.models.i18n import QT_TRANSLATE_NOOP, Message

CTX = "Import"  # lupdate needs the literal "Import" in every QT_TRANSLATE_NOOP call


class ImportFileError(Exception):
    """The file as a whole cannot be read (empty, not text, unknown format, no usable columns)."""

    def __init__(self, message: Message):
        super().__init__(message.untranslated())
        self.message = message


def message(source: str, **params: object) -> Message:
    """A Message in the import's context; `source` must be marked with QT_TRANSLATE_NOOP("Import", ...)."""
    return Message(CTX, source, params)


def file_error(source: str, **params: object) -> ImportFileError:
    return ImportFileError(message(source, **params))


def joined(messages: list[Message]) -> Message:
    """Several reasons for one row as one message ("a; b; c"), each part still translated on its own."""
    result = messages[-1]
    for earlier in reversed(messages[:-1]):
        result = message(QT_TRANSLATE_NOOP("Import", "{first}; {rest}"), first=earlier, rest=result)
    return result


def shortened_list(names: list[str], limit: int = 8) -> str:
    """`"a", "b", "c" (+12)`: a warning must stay readable for an Outlook export of 90 columns."""
    shown = ", ".join(f'"{name}"' for name in names[:limit])
    return shown if len(names) <= limit else f"{shown} (+{len(names) - limit})"
