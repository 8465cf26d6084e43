"""Choosing a Social Calendar file to open or create, and saying why one could not be opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.models.i18n import Message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QFileDialog and QMessageBox are imported where used: start-up only asks whether the file is open elsewhere.

CTX = "FileDialogs"
SUFFIX = ".sqlite"


def _filter() -> str:
    return QCoreApplication.translate("FileDialogs", "Social Calendar (*.sqlite *.db)")


def choose_existing(parent: QWidget | None, folder: str = "") -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("FileDialogs", "Open Social Calendar file"), folder, _filter()
    )
    return Path(name) if name else None


def choose_new(parent: QWidget | None, folder: str = "") -> Path | None:
    """A path for a new, empty file; an existing file is never overwritten (it may be someone's register)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FileDialogs", "New Social Calendar file"),
        folder,
        _filter(),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(SUFFIX)
    if path.exists() and path.stat().st_size > 0:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FileDialogs", "New file"),
            QCoreApplication.translate(
                "FileDialogs", "{file} already exists. Choose another name, or use File › Open to open it."
            ).format(file=path),
        )
        return None
    return path


def report_store_error(parent: QWidget | None, message: Message) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.i18n import text

    QMessageBox.warning(parent, QCoreApplication.translate("FileDialogs", "Social Calendar"), text(message))


def open_despite_lock(parent: QWidget | None, path: Path) -> bool:
    """True when nobody else has `path` open, or the user chooses to open it anyway."""
    from desktop.store.lock import holder

    other = holder(path)
    if other is None:
        return True
    from PySide6.QtCore import QDateTime, QLocale
    from PySide6.QtWidgets import QMessageBox

    since = QLocale().toString(QDateTime(other.since.astimezone()), QLocale.FormatType.ShortFormat)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FileDialogs", "File already open"),
        QCoreApplication.translate(
            "FileDialogs",
            "{file} is open in another Social Calendar window (on {host}, since {since}). Changes made in two "
            "windows at once can overwrite each other. Open it here anyway?",
        ).format(file=path.name, host=other.host, since=since),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
