"""Settings › Share with my committee…: the server, the account, the address book and calendar to use.

It says first what sharing means for privacy, and "Check the connection" shows which collections the server
gave (created when missing) and what the server says this account may do with them. Saving stores the settings
in the file (one transaction, each value checked) and the password in the keyring only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import text
from desktop.models.file_settings import SettingError, checked
from desktop.store.database import Database
from desktop.store.file_settings import read_settings, write_settings

FIELDS = ("sync.url", "sync.user", "sync.addressbook", "sync.calendar")


class ShareDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Share with my committee"))
        values = read_settings(db)
        privacy = QLabel(self.tr(
            "The address book on the server will hold the personal data of every colleague in this file: names, "
            "birthdays, consent, dietary needs and notes. Everyone who may read it on the server sees all of it. "
            "Share it only with the members of your committee, over an encrypted (https://) connection."))
        privacy.setWordWrap(True)
        form = QFormLayout()
        labels = {"sync.url": self.tr("&Server address:"), "sync.user": self.tr("&User name:"),
                  "sync.addressbook": self.tr("&Address book:"), "sync.calendar": self.tr("&Calendar (tasks):")}
        self.edits: dict[str, QLineEdit] = {}
        for key in FIELDS:
            self.edits[key] = QLineEdit(values[key])
            self.edits[key].setToolTip(key)  # the name `social-calendar settings` uses
            form.addRow(labels[key], self.edits[key])
        self.edits["sync.url"].setPlaceholderText("https://cloud.example.nl/remote.php/dav/")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged (kept in the keyring)"))
        form.addRow(self.tr("&Password:"), self.password)
        self.check_button = QPushButton(self.tr("Check the co&nnection"))
        self.check_button.clicked.connect(self.check)
        form.addRow("", self.check_button)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(privacy)
        layout.addLayout(form)
        layout.addWidget(self.outcome_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _checked(self) -> dict[str, str] | None:
        try:
            return {key: checked(key, edit.text()) for key, edit in self.edits.items()}
        except SettingError as exc:
            QMessageBox.warning(self, self.windowTitle(), text(exc.message))
            return None

    def _password(self, values: dict[str, str]) -> str | None:
        if self.password.text():
            return self.password.text()
        from desktop.exchange.publish.secrets import get_password

        try:
            return get_password(values["sync.url"], values["sync.user"])
        except Exception:  # noqa: BLE001 - no keyring: try without
            return None

    def check(self) -> bool:
        """Find (or make) the collections with what is entered now, and show what the server says."""
        from desktop.exchange.sync import dav

        values = self._checked()
        if values is None:
            return False
        if not values["sync.url"]:
            self.outcome_label.setText(self.tr("Enter the server address first."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            client = dav.Client(values["sync.url"], values["sync.user"], self._password(values), timeout=15)
            try:
                addressbook = client.discover(dav.ADDRESSBOOK, values["sync.addressbook"])
                calendar = client.discover(dav.CALENDAR, values["sync.calendar"])
                may = client.privileges(addressbook)
                access = client.access(addressbook)
            finally:
                client.close()
        except dav.DavError as exc:
            self.outcome_label.setText(self.tr("The connection did not work: {reason}").format(
                reason=text(exc.message)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        lines = [self.tr("Address book: {path}").format(path=addressbook),
                 self.tr("Calendar: {path}").format(path=calendar)]
        if may:
            lines.append(self.tr("The server says this account may: {rights}.").format(rights=", ".join(may)))
        if access.owner:
            lines.append(self.tr("Owner: {owner}").format(owner=access.owner))
        if access.readers is None:
            lines.append(self.tr("The server does not say who else may read the address book: check its sharing "
                                 "settings."))
        elif access.readers:
            words = {dav.EVERYONE: self.tr("everyone"), dav.LOGGED_IN: self.tr("everyone with an account")}
            lines.append(self.tr("Also readable by: {readers}").format(
                readers=", ".join(words.get(reader, reader) for reader in access.readers)))
        else:
            lines.append(self.tr("Nobody else may read the address book, the server says."))
        self.outcome_label.setText("\n".join(lines))
        return True

    def save(self) -> None:
        values = self._checked()
        if values is None:
            return
        write_settings(self.db, values)  # all in one transaction
        if self.password.text() and values["sync.url"]:
            from desktop.exchange.publish.secrets import set_password

            try:
                set_password(values["sync.url"], values["sync.user"], self.password.text())
            except Exception as exc:  # noqa: BLE001 - keyring backends raise their own errors
                QMessageBox.warning(self, self.windowTitle(), self.tr(
                    "The password could not be kept in the system keyring: {reason}").format(reason=exc))
        self.accept()
