"""The one place that names where the app keeps its preferences (window layout, language, recent files)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = APPLICATION = "social-calendar"

LANGUAGE = "language"  # "" follows the system
WINDOW_GEOMETRY = "main_window/geometry"
TABLE_HEADER = "main_window/table_header"
RECENT_FILES = "files/recent"
MAX_RECENT = 6


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def saved_language() -> str | None:
    language = settings().value(LANGUAGE, "")
    return str(language) if language else None


def recent_files() -> list[str]:
    value = settings().value(RECENT_FILES, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [str(item) for item in value or []]


def remember_file(path: str) -> None:
    files = [path, *(item for item in recent_files() if item != path)][:MAX_RECENT]
    settings().setValue(RECENT_FILES, files)
