"""The user's preferences, for the command line and the window alike: language, recent files, window layout,
the tray and desktop notifications.

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
# On this computer (Settings › On this computer…): the tray and the desktop notifications.
KEEP_IN_TRAY = "tray/keep_running"  # closing the window leaves the app in the tray; off by default
TRAY_TOLD = "tray/told"  # the one-time word that the app keeps running in the tray was said
NOTIFY_AT = "tray/notify_at"  # "HH:MM": a desktop notification then (and on start); "" for none
DEFAULT_NOTIFY_AT = "09:00"


def settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def saved_language() -> str | None:
    """The language chosen in Settings › Language, or None to follow the system."""
    language = settings().value(LANGUAGE, "")
    return str(language) if language else None


def save_language(code: str) -> None:
    """`code` is "nl", "en" or "" (the system's language)."""
    settings().setValue(LANGUAGE, code)


def flag(key: str, default: bool = False) -> bool:
    """A yes/no preference (QSettings gives back "true"/"false" strings from its files)."""
    value = settings().value(key, default)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


def set_flag(key: str, value: bool) -> None:
    settings().setValue(key, value)


def notify_at() -> str:
    """When the daily notification comes ("09:00"), or "" when the user wants none."""
    value = settings().value(NOTIFY_AT, DEFAULT_NOTIFY_AT)
    return str(value) if value is not None else ""


def save_notify_at(hhmm: str) -> None:
    settings().setValue(NOTIFY_AT, hhmm)


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
