"""Settings › E-mail…: the mail server, the password (keyring), a Test button, the mail templates with a preview.

Everything is kept in the file (models.file_settings) except the password, which goes to the keyring; saving
writes all settings in one transaction, after each was checked.
"""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import current_language, text
from desktop.models import mail_texts
from desktop.models.file_settings import SettingError, checked
from desktop.store.database import Database
from desktop.store.file_settings import read_settings, write_settings
from desktop.ui.help_browser import add_help_button

FIELDS = ("mail.host", "mail.port", "mail.user", "mail.from", "mail.manager", "reminders.digest_weekday",
          "reminders.digest_days")
TEMPLATES = [mail_texts.template_key(kind, part) for kind in mail_texts.PLACEHOLDERS for part in ("subject", "body")]


class MailSettingsDialog(QDialog):
    """Signals:
        test_finished(bool): the test mail went out (True) or could not be sent (False, and said why).
    """

    test_finished = Signal(bool)
    _test_done = Signal(object)  # from the worker thread: None, or the exception that stopped the test mail

    def __init__(self, db: Database, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.today = db, today
        self.setWindowTitle(self.tr("E-mail"))
        self.values = read_settings(db)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "mail.host": self.tr("&Mail server:"), "mail.port": self.tr("P&ort:"),
            "mail.user": self.tr("&User name:"), "mail.from": self.tr("Send &from (address):"),
            "mail.manager": self.tr("&Digest to (your address):"),
            "reminders.digest_weekday": self.tr("Digest on &weekday (1 = Monday):"),
            "reminders.digest_days": self.tr("Digest looks &ahead (days):"),
        }
        for key in FIELDS:
            self.edits[key] = QLineEdit(self.values[key])
            self.edits[key].setToolTip(key)  # the name `social-calendar settings` uses
            form.addRow(labels[key], self.edits[key])
        self.security = QComboBox()
        self.security.addItems(["none", "starttls", "tls"])
        self.security.setCurrentText(self.values["mail.security"])
        self.security.setToolTip("mail.security")
        form.addRow(self.tr("&Security:"), self.security)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged (kept in the keyring)"))
        form.addRow(self.tr("Password"), self.password)
        self.test_button = QPushButton(self.tr("Send a test mail"))
        self.test_button.clicked.connect(self.send_test)
        self._test_done.connect(self._test_sent)
        form.addRow("", self.test_button)
        self.template_choice = QComboBox()
        names = {
            "template.digest.subject": self.tr("Weekly digest: subject"),
            "template.digest.body": self.tr("Weekly digest: text"),
            "template.organiser_invite.subject": self.tr("Invitation to the organisers: subject"),
            "template.organiser_invite.body": self.tr("Invitation to the organisers: text"),
            "template.organiser_reminder.subject": self.tr("Reminder to the organisers: subject"),
            "template.organiser_reminder.body": self.tr("Reminder to the organisers: text"),
        }
        for key in TEMPLATES:
            self.template_choice.addItem(names[key], key)
            self.template_choice.setItemData(self.template_choice.count() - 1, key, Qt.ItemDataRole.ToolTipRole)
        self.template = QPlainTextEdit()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.templates = {key: self.values[key] for key in TEMPLATES}
        self.template_choice.currentIndexChanged.connect(lambda _index: self._show_template(self._template_key()))
        self.template.textChanged.connect(self._template_edited)
        form.addRow(self.tr("Template"), self.template_choice)
        form.addRow("", self.template)
        form.addRow(self.tr("Preview"), self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        add_help_button(buttons, "reminders")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._testing: tuple[dict[str, str], str] = ({}, "")
        self._show_template(TEMPLATES[0])

    def _template_key(self) -> str:
        """The chosen template's setting (`template.<kind>.<part>`); the list shows readable names."""
        return str(self.template_choice.currentData())

    def choose_template(self, key: str) -> None:
        self.template_choice.setCurrentIndex(self.template_choice.findData(key))

    def _show_template(self, key: str) -> None:
        own = self.templates[key]
        kind, part = key.split(".")[1:]
        self.template.setPlainText(own or self._built_in(kind, part))

    def _built_in(self, kind: str, part: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ReminderMail", mail_texts.BUILT_IN[(kind, part)])

    def _template_edited(self) -> None:
        key = self._template_key()
        kind, part = key.split(".")[1:]
        written = self.template.toPlainText()
        self.templates[key] = "" if written.strip() == self._built_in(kind, part).strip() else written
        unknown = mail_texts.unknown_placeholders(kind, written)
        if unknown:
            self.preview.setPlainText(self.tr("Not a placeholder here: {names}").format(names=", ".join(unknown)))
            return
        sample = {"date": "1-3-2027", "days": "14", "count": "2", "items": self.tr("- Tuesday: Jan de Vries 50"),
                  "first_name": "Sanne", "title": "Jan de Vries 50", "day": "16-3-2027",
                  "details": self.tr("When: Tuesday\nBudget: € 50,00")}
        self.preview.setPlainText(mail_texts.fill(written, sample))

    def _entered(self) -> dict[str, str]:
        values = {key: edit.text() for key, edit in self.edits.items()}
        values["mail.security"] = self.security.currentText()
        values.update(self.templates)
        return values

    def _checked(self) -> dict[str, str] | None:
        try:
            return {key: checked(key, value) for key, value in self._entered().items()}
        except SettingError as exc:
            QMessageBox.warning(self, self.windowTitle(), text(exc.message))
            return None

    def save(self) -> None:
        values = self._checked()
        if values is None:
            return
        write_settings(self.db, values)  # all in one transaction
        if self.password.text():
            from desktop.exchange.mail_send import set_password

            set_password(values["mail.user"], values["mail.host"], self.password.text())
        self.accept()

    def send_test(self) -> bool:
        """Send a test mail to the manager's address (else the sender) with what is entered now, on a worker
        thread: the window stays responsive while the server answers (or not, for up to 15 s). False when the
        values entered are refused; the outcome comes with `test_finished`."""
        from desktop.exchange.mail_send import trial_mail

        values = self._checked()
        if values is None:
            return False
        to = values["mail.manager"] or values["mail.from"]
        mail = trial_mail(to, text(mail_texts.message(mail_texts.TEST_SUBJECT)),
                          text(mail_texts.message(mail_texts.TEST_BODY)), current_language())
        self.test_button.setEnabled(False)
        self.test_button.setText(self.tr("Sending…"))
        self._testing = (values, to)
        threading.Thread(target=self._send_in_background, args=(values, self.password.text(), mail),
                         name="test-mail", daemon=True).start()
        return True

    def _send_in_background(self, values: dict[str, str], typed: str, mail) -> None:
        """On the worker thread: the keyring and the server, no widget; the outcome goes back as a signal."""
        from desktop.exchange.mail_send import Server, get_password, send_mails

        error: Exception | None = None
        try:
            password = typed or get_password(values["mail.user"], values["mail.host"])
            send_mails(Server.from_settings(values, password), [mail], lambda _: None, timeout=15)
        except Exception as exc:  # noqa: BLE001 - told on the UI thread, never lost in the worker
            error = exc
        try:
            self._test_done.emit(error)
        except RuntimeError:  # the dialog was closed meanwhile: nobody left to tell
            pass

    def _test_sent(self, error: Exception | None) -> None:
        from desktop.commands.reminders import fault_text
        from desktop.exchange.mail_send import SendError

        values, to = self._testing
        self.test_button.setText(self.tr("Send a test mail"))
        self.test_button.setEnabled(True)
        if not self.isVisible():  # closed meanwhile: the outcome is no longer anyone's question
            self.test_finished.emit(error is None)
            return
        if isinstance(error, SendError):
            QMessageBox.warning(self, self.windowTitle(), fault_text(error.reason, error.detail, error.recipient,
                                                                     values["mail.host"]))
        elif error is not None:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The test mail could not be sent: {reason}").format(
                reason=str(error)))
        else:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("The test mail was sent to {to}.").format(to=to))
        self.test_finished.emit(error is None)
