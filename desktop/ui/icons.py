"""The app's icon and the icons of its actions: the desktop theme's where it has one (a Linux desktop), else the
SVGs bundled in desktop/resources/icons (Windows, a bare desktop), so every machine shows them.

Cheap at start-up: QIcon only records the file names here; an SVG is read when the icon is first painted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
APP_ICON = "social-calendar"
# The desktop entry's name (installer/debian/APP_ID.desktop), which Wayland and task bars match the window to.
APP_ID = "org.example.SocialCalendar"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the PNGs installer/render_icons.py makes from the SVG

# The window's action attribute → its freedesktop icon name (a bundled SVG of that name is the fallback).
ACTION_ICONS = {
    "new_action": "document-new",
    "open_action": "document-open",
    "import_action": "document-import",
    "print_month_action": "document-print",
    "print_calendar_action": "document-print",
    "month_pdf_action": "document-save",
    "calendar_pdf_action": "document-save",
    "export_ical_action": "x-office-calendar",
    "quit_action": "application-exit",
    "undo_action": "edit-undo",
    "redo_action": "edit-redo",
    "add_action": "list-add",
    "edit_action": "document-properties",
    "delete_action": "edit-delete",
    "find_action": "edit-find",
    "departments_action": "system-users",
    "about_action": "help-about",
    "help_action": "help-contents",
    "record_action": "appointment-new",
    "gift_policy_action": "gift",  # no such theme icon: the bundled one
}


def bundled(name: str) -> Path:
    return ICONS_DIR / f"{name}.svg"


def icon(name: str) -> QIcon:
    return QIcon.fromTheme(name, QIcon(str(bundled(name))))


def app_icon() -> QIcon:
    """Social Calendar's own icon: the SVG, plus the rendered PNG sizes where a build made them."""
    found = QIcon(str(bundled(APP_ICON)))
    for size in APP_ICON_SIZES:
        png = ICONS_DIR / f"{APP_ICON}-{size}.png"
        if png.exists():
            found.addFile(str(png))
    return found


def decorate(window: QWidget) -> None:
    """The app icon on `window`, and the icons on its actions (menus and toolbar share them)."""
    window.setWindowIcon(app_icon())
    for attribute, name in ACTION_ICONS.items():
        getattr(window, attribute).setIcon(icon(name))
