"""Start the window: Qt, the language, the file, the table. Only what the first view needs is imported here;
dialogs and the import code load when first used, so the window appears quickly even with 5,000 colleagues.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.models.i18n import Message

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from desktop.store.database import Inspection
    from desktop.store.repository import Register
    from desktop.ui.clock import Clock
    from desktop.ui.main_window import MainWindow

EXIT_GAVE_UP = 1
# Benchmarks: once the window is up with its data and the event loop runs, print "usable <epoch seconds>" and quit.
QUIT_WHEN_SHOWN = "SOCIAL_CALENDAR_QUIT_WHEN_SHOWN"


def run_window(db_path: Path | None, language: str | None) -> int:
    from desktop.store.database import Inspection, default_path

    if db_path is None:
        db_path = default_path()
    inspection = Inspection(db_path)  # reads the whole file on its own thread while Qt loads

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import install_translations
    from desktop.preferences import APPLICATION, ORGANISATION, saved_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    from desktop.ui.icons import APP_ID, app_icon

    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())
    install_translations(app, language or saved_language())
    from desktop.ui.file_dialogs import open_despite_lock

    if not open_despite_lock(None, db_path):
        return EXIT_GAVE_UP
    opened = open_register(db_path, ask_what_next, inspection)
    if opened is None:
        return EXIT_GAVE_UP
    window = build_window(*opened)
    window.show()
    if os.environ.get(QUIT_WHEN_SHOWN):
        app.processEvents()  # let the window be exposed and paint its rows first
        QTimer.singleShot(0, lambda: _report_usable(app))
    return app.exec()


def _report_usable(app: QCoreApplication) -> None:
    import time

    print(f"usable {time.time():.6f}", flush=True)
    app.quit()


def build_window(register: Register, path: Path, clock: Clock | None = None) -> MainWindow:
    """The main window on `register`; `clock` (the real date unless a test gives its own) is its one clock."""
    from desktop.preferences import remember_file
    from desktop.ui.clock import Clock
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workspace import Workspace

    clock = clock if clock is not None else Clock()
    remember_file(str(path))  # first among File › Recent files
    workspace = Workspace(register, path, clock=clock)  # the colleagues table is read when first needed
    window = MainWindow(workspace, clock)
    workspace.setParent(window)
    return window


def open_register(path: Path, ask: Callable[[Message], Path | None],
                  inspection: Inspection | None = None) -> tuple[Register, Path] | None:
    """(Register, path) for `path`, or for another file the user picks after a refusal; None if they give up.

    A refused file is never modified: open_database checks it read-only first (or takes `inspection`'s verdict).
    """
    from desktop.store.database import open_database
    from desktop.store.errors import StoreError
    from desktop.store.repository import Register

    while True:
        try:
            return Register(open_database(path, inspection=inspection)), path
        except StoreError as exc:
            inspection = None  # its verdict was for the first try: a file chosen (or repaired) now is checked anew
            chosen = ask(exc.message)
            if chosen is None:
                return None
            path = chosen


def ask_what_next(message: Message) -> Path | None:
    """The file could not be opened: say why, and offer to open another or start a new one."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.i18n import text
    from desktop.ui import file_dialogs
    from desktop.ui.backups_dialog import offer_restore

    if offer_restore(None, message):  # a damaged file with a good backup: restored (the damaged one kept aside)
        return Path(message.params["path"])
    while True:
        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("Startup", "Social Calendar"), text(message)
        )
        box.setInformativeText(QCoreApplication.translate("Startup", "Open another file, or start a new one?"))
        open_button = box.addButton(QCoreApplication.translate("Startup", "Open…"), QMessageBox.ButtonRole.AcceptRole)
        new_button = box.addButton(QCoreApplication.translate("Startup", "New…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            chosen = file_dialogs.choose_existing(None)
        elif box.clickedButton() is new_button:
            chosen = file_dialogs.choose_new(None)
        else:
            return None
        if chosen is not None:
            return chosen
