"""Settings › E-mail…: the mail server, the password (keyring), a Test button, the mail templates with a preview.

Everything is kept in the file (models.file_settings) except the password, which goes to the keyring; saving
writes all settings in one transaction, after each was checked.
"""

from __future__ import annotations

from datetime import date

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
from desktop.store.database import Database, transaction
from desktop.store.file_settings import read_settings, write_setting
from desktop.ui.help_browser import add_help_button

FIELDS = ("mail.host", "mail.port", "mail.user", "mail.from", "mail.manager", "reminders.digest_weekday",
          "reminders.digest_days")
TEMPLATES = [mail_texts.template_key(kind, part) for kind in mail_texts.PLACEHOLDERS for part in ("subject", "body")]


class MailSettingsDialog(QDialog):
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
        form.addRow("", self.test_button)
        self.template_choice = QComboBox()
        self.template_choice.addItems(TEMPLATES)
        self.template = QPlainTextEdit()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.templates = {key: self.values[key] for key in TEMPLATES}
        self.template_choice.currentTextChanged.connect(self._show_template)
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
        self._show_template(TEMPLATES[0])

    def _kind(self) -> str:
        return self.template_choice.currentText().split(".")[1]

    def _show_template(self, key: str) -> None:
        own = self.templates[key]
        kind, part = key.split(".")[1:]
        self.template.setPlainText(own or self._built_in(kind, part))

    def _built_in(self, kind: str, part: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ReminderMail", mail_texts.BUILT_IN[(kind, part)])

    def _template_edited(self) -> None:
        key = self.template_choice.currentText()
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
        with transaction(self.db):
            for key, value in values.items():
                write_setting(self.db, key, value)
        if self.password.text():
            from desktop.exchange.mail_send import set_password

            set_password(values["mail.user"], values["mail.host"], self.password.text())
        self.accept()

    def send_test(self) -> bool:
        """Send a test mail to the manager's address (else the sender) with what is entered now."""
        from desktop.commands.reminders import fault_text
        from desktop.exchange.mail_send import SendError, Server, get_password, send_mails, trial_mail

        values = self._checked()
        if values is None:
            return False
        password = self.password.text() or get_password(values["mail.user"], values["mail.host"])
        to = values["mail.manager"] or values["mail.from"]
        mail = trial_mail(to, text(mail_texts.message(mail_texts.TEST_SUBJECT)),
                          text(mail_texts.message(mail_texts.TEST_BODY)), current_language())
        try:
            send_mails(Server.from_settings(values, password), [mail], lambda _: None, timeout=15)
        except SendError as exc:
            QMessageBox.warning(self, self.windowTitle(), fault_text(exc.reason, exc.detail, exc.recipient,
                                                                     values["mail.host"]))
            return False
        QMessageBox.information(self, self.windowTitle(), self.tr("The test mail was sent to {to}.").format(to=to))
        return True
