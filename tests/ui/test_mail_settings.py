"""Settings › E-mail…: the keys saved in one go, the password to the keyring, the Test button against a real
SMTP server, a failure in plain words, a template previewed and refused with a wrong placeholder."""

from __future__ import annotations

import asyncio
import threading
from datetime import date

from aiosmtpd.controller import Controller
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.store.file_settings import read_settings
from desktop.ui.mail_settings import MailSettingsDialog
from tests.support.publishing import free_port
from tests.support.smtp import Inbox, memory_keyring, smtp_server  # noqa: F401 - fixtures


def dialog(qtbot, register, port):
    shown = MailSettingsDialog(register.db, date(2027, 3, 1))
    qtbot.add_widget(shown)
    shown.edits["mail.host"].setText("127.0.0.1")
    shown.edits["mail.port"].setText(str(port))
    shown.edits["mail.from"].setText("office@example.nl")
    shown.edits["mail.manager"].setText("hr@example.nl")
    shown.security.setCurrentText("none")
    shown.show()
    return shown


def test_test_mail_reaches_the_server_and_save_stores_it(qtbot, register, smtp_server, memory_keyring,  # noqa: F811
                                                         monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    shown = dialog(qtbot, register, smtp_server.port)
    shown.password.setText("geheim")
    with qtbot.waitSignal(shown.test_finished, timeout=20_000) as finished:
        assert shown.send_test()
    assert finished.args == [True]
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
    shown = dialog(qtbot, register, free_port())
    with qtbot.waitSignal(shown.test_finished, timeout=20_000) as finished:
        assert shown.send_test()
    assert finished.args == [False]
    assert said[0].startswith("Cannot connect to the mail server 127.0.0.1")


def test_templates_preview_and_refuse_wrong_placeholders(qtbot, register, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    shown = dialog(qtbot, register, 25)
    assert [shown.template_choice.itemText(i) for i in range(shown.template_choice.count())] == [
        "Weekly digest: subject", "Weekly digest: text", "Invitation to the organisers: subject",
        "Invitation to the organisers: text", "Reminder to the organisers: subject", "Reminder to the organisers: text"]
    shown.template_choice.setCurrentIndex(2)  # as a person picks it from the list
    assert shown.template.toPlainText() == "To organise: {title} on {day}"
    shown.template.setPlainText("Hoi {first_name}: {title}")
    assert shown.preview.toPlainText() == "Hoi Sanne: Jan de Vries 50"
    shown.save()
    assert read_settings(register.db)["template.organiser_invite.subject"] == "Hoi {first_name}: {title}"
    shown.template.setPlainText("Hoi {naam}")
    assert "naam" in shown.preview.toPlainText()
    shown.save()
    assert "The template uses naam" in said[0]
    assert read_settings(register.db)["template.organiser_invite.subject"] == "Hoi {first_name}: {title}"


def test_the_window_answers_while_the_server_thinks(qtbot, register, tmp_path, monkeypatch):
    """The test mail goes out on a worker thread: the button says "Sending…" and waits, the dialog goes on."""
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    gate = threading.Event()

    class SlowInbox(Inbox):
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
            await asyncio.get_running_loop().run_in_executor(None, gate.wait, 20)
            return await super().handle_DATA(server, session, envelope)

    inbox, port = SlowInbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        shown = dialog(qtbot, register, port)
        with qtbot.waitSignal(shown.test_finished, timeout=20_000) as finished:
            assert shown.send_test()
            assert not shown.test_button.isEnabled()
            assert shown.test_button.text() == "Sending…"
            ticks = []
            QTimer.singleShot(50, lambda: ticks.append(True))  # the event loop runs meanwhile
            qtbot.waitUntil(lambda: ticks == [True], timeout=2000)
            shown.template_choice.setCurrentIndex(1)  # and the dialog can be used
            assert not shown.test_button.isEnabled()
            assert inbox.messages == []
            gate.set()
        assert finished.args == [True]
        assert shown.test_button.isEnabled()
        assert shown.test_button.text() == "Send a test mail"
        assert said == ["The test mail was sent to hr@example.nl."]
        gate.clear()  # a dialog closed while its test mail goes out says nothing afterwards
        with qtbot.waitSignal(shown.test_finished, timeout=20_000):
            assert shown.send_test()
            shown.reject()
            gate.set()
        assert said == ["The test mail was sent to hr@example.nl."]
    finally:
        gate.set()
        controller.stop()
