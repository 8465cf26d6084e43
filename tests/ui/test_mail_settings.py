"""Settings › E-mail…: the keys saved in one go, the password to the keyring, the Test button against a real
SMTP server, a failure in plain words, a template previewed and refused with a wrong placeholder."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from desktop.store.file_settings import read_settings
from desktop.ui.mail_settings import MailSettingsDialog
from tests.support.publishing import free_port
from tests.support.smtp import memory_keyring, smtp_server  # noqa: F401 - fixtures


def dialog(qtbot, register, port):
    shown = MailSettingsDialog(register.db, date(2027, 3, 1))
    qtbot.add_widget(shown)
    shown.edits["mail.host"].setText("127.0.0.1")
    shown.edits["mail.port"].setText(str(port))
    shown.edits["mail.from"].setText("office@example.nl")
    shown.edits["mail.manager"].setText("hr@example.nl")
    shown.security.setCurrentText("none")
    return shown


def test_test_mail_reaches_the_server_and_save_stores_it(qtbot, register, smtp_server, memory_keyring,  # noqa: F811
                                                         monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    shown = dialog(qtbot, register, smtp_server.port)
    shown.password.setText("geheim")
    assert shown.send_test()
    assert smtp_server.inbox.to() == ["hr@example.nl"]
    assert said == ["The test mail was sent to hr@example.nl."]
    shown.save()
    values = read_settings(register.db)
    assert values["mail.port"] == str(smtp_server.port)
    assert values["mail.manager"] == "hr@example.nl"
    assert memory_keyring.passwords == {("social-calendar mail", "@127.0.0.1"): "geheim"}


def test_a_server_that_is_not_there_is_said_plainly(qtbot, register, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    assert not dialog(qtbot, register, free_port()).send_test()
    assert said[0].startswith("Cannot connect to the mail server 127.0.0.1")


def test_templates_preview_and_refuse_wrong_placeholders(qtbot, register, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    shown = dialog(qtbot, register, 25)
    shown.template_choice.setCurrentText("template.organiser_invite.subject")
    shown.template.setPlainText("Hoi {first_name}: {title}")
    assert shown.preview.toPlainText() == "Hoi Sanne: Jan de Vries 50"
    shown.save()
    assert read_settings(register.db)["template.organiser_invite.subject"] == "Hoi {first_name}: {title}"
    shown.template.setPlainText("Hoi {naam}")
    assert "naam" in shown.preview.toPlainText()
    shown.save()
    assert "The template uses naam" in said[0]
    assert read_settings(register.db)["template.organiser_invite.subject"] == "Hoi {first_name}: {title}"
