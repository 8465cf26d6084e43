"""Help › About: the version from the package metadata, the licence, the file's place and a way to open its folder."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from desktop.app import build_window
from desktop.ui.about_dialog import AboutDialog
from desktop.version import version
from tests.ui.hand_clock import clock_on


class FileManager(QObject):
    """Stands in for the desktop's file manager: Qt hands it the file:// address it would have opened."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def file_manager():
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    yield manager
    QDesktopServices.unsetUrlHandler("file")


def test_about_shows_version_licence_and_file_and_opens_its_folder(qtbot, register, db_path, person, file_manager):
    window = build_window(register, db_path, clock_on(date(2026, 11, 28)))
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def look_then_open_folder(dialog: AboutDialog) -> None:
        seen.extend(label.text() for label in (dialog.title, dialog.licence, dialog.where))
        dialog.open_folder_button.click()
        dialog.reject()

    person.will(AboutDialog, look_then_open_folder)
    window.about_action.trigger()
    title, licence, where = seen
    assert version() in title
    assert version() != "unknown"
    assert "MIT" in licence
    assert str(db_path) in where
    assert [url.toLocalFile() for url in file_manager.opened] == [str(db_path.resolve().parent)]
