"""Help › About: what Social Calendar is, its version and licence, and where the user's file is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.version import LICENCE, version


class AboutDialog(QDialog):
    def __init__(self, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_file = data_file
        self.setWindowTitle(self.tr("About Social Calendar"))
        if parent is not None:
            self.setWindowIcon(parent.windowIcon())
        self.title = QLabel(self.tr("<b>Social Calendar</b> {version}").format(version=version()))
        self.blurb = QLabel(self.tr("Social Calendar keeps your colleagues' birthdays and jubilea, so that "
                                    "nobody is forgotten."))
        self.blurb.setWordWrap(True)
        self.licence = QLabel(self.tr("Licence: {licence}. Made with Qt (PySide6, LGPL).").format(licence=LICENCE))
        self.where = QLabel(self.tr("Your data stays in one file on this computer:\n{file}").format(file=data_file))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.setToolTip(self.tr("Show the folder that holds your file"))
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for label in (self.title, self.blurb, self.licence, self.where):
            layout.addWidget(label)
        layout.addWidget(buttons)

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.data_file.resolve().parent))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(self.folder_url())
