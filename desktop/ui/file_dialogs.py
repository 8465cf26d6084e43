"""Choosing a Social Calendar file to open or create, and saying why one could not be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.models.i18n import Message

CTX = "FileDialogs"
SUFFIX = ".sqlite"


def _filter() -> str:
    return QCoreApplication.translate("FileDialogs", "Social Calendar (*.sqlite *.db)")


def choose_existing(parent: QWidget | None, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("FileDialogs", "Open Social Calendar file"), folder, _filter()
    )
    return Path(name) if name else None


def choose_new(parent: QWidget | None, folder: str = "") -> Path | None:
    """A path for a new, empty file; an existing file is never overwritten (it may be someone's register)."""
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
    from desktop.i18n import text

    QMessageBox.warning(parent, QCoreApplication.translate("FileDialogs", "Social Calendar"), text(message))
