"""The user's preferences, for the command line and the window alike: language, recent files, window layout.

They belong to the person at this computer, not to the register, so they live in QSettings (the registry on
Windows, ~/.config/social-calendar/ on Linux) and never in the file. QtCore only: the commands read the
language here without loading a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = APPLICATION = "social-calendar"

LANGUAGE = "language"  # "" follows the system
WINDOW_GEOMETRY = "main_window/geometry"
TABLE_HEADER = "main_window/table_header"
RECENT_FILES = "files/recent"
MAX_RECENT = 8  # File › Recent files


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def saved_language() -> str | None:
    """The language chosen in Settings › Language, or None to follow the system."""
    language = settings().value(LANGUAGE, "")
    return str(language) if language else None


def save_language(code: str) -> None:
    """`code` is "nl", "en" or "" (the system's language)."""
    settings().setValue(LANGUAGE, code)


def recent_files() -> list[str]:
    value = settings().value(RECENT_FILES, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        return [value]
    return [str(item) for item in value] if isinstance(value, list | tuple) else []


def remember_file(path: str) -> None:
    """`path` first among the recent files (the last MAX_RECENT opened, newest first)."""
    files = [path, *(item for item in recent_files() if item != path)][:MAX_RECENT]
    settings().setValue(RECENT_FILES, files)


def forget_recent_files() -> None:
    """File › Recent files › Clear list."""
    settings().setValue(RECENT_FILES, [])
