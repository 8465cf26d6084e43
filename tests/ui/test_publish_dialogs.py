"""The window's side: File › Export calendar…, the organiser's calendar, and the publishing settings dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from support.dialogs import cancel, ok
from support.publishing import Gate, memory_keyring  # noqa: F401 - the fake keyring, for every test here
from support.register_data import fill_register

from desktop.exchange.publish.settings_store import PublishSettings, load_settings, save_settings
from desktop.models.occasions import Audience
from desktop.store.celebrations import Celebrations
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.publishing import export as export_module
from desktop.ui.publishing.export_dialog import ExportChoice, ExportDialog
from desktop.ui.publishing.publishing import edit_publishing
from desktop.ui.publishing.publishing_dialog import PublishingDialog
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)


@pytest.fixture
def people(register):
    return fill_register(register)


@pytest.fixture
def workspace(register, db_path, people):
    model = ColleagueTableModel(register.colleagues(), register.departments(), clock_on(TODAY))
    return Workspace(register, db_path, model)


@pytest.fixture
def messages(monkeypatch):
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, _k=kind, **kw: shown.append((_k, text)))
    return shown


def test_the_export_dialog_checks_the_period_and_file(qtbot, tmp_path):
    dialog = ExportDialog(TODAY, str(tmp_path))
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice == ExportChoice(TODAY, date(2027, 11, 27), tmp_path / "social-calendar.ics", Audience.SHARED, False)
    assert choice.audience is Audience.SHARED  # the enum itself: the rules compare with `is`
    dialog.end_edit.setDate(QDate(2026, 1, 1))
    dialog.file_edit.setText(str(tmp_path / "missing" / "x.ics"))
    assert dialog.choice() is None
    assert dialog.period_error.text() == "The end lies before the start."
    assert "does not exist" in dialog.file_error.text()
    dialog.end_edit.setDate(QDate(2027, 6, 30))
    dialog.file_edit.setText(str(tmp_path / "manager"))
    dialog.audience_combo.setCurrentIndex(1)
    dialog.recurring_check.setChecked(True)
    assert dialog.choice() == ExportChoice(TODAY, date(2027, 6, 30), tmp_path / "manager.ics", Audience.MANAGER, True)
    assert dialog.file_error.isHidden()


def choose(start: date, end: date, path: Path, audience_row: int | None = None):
    """What a person does in the export dialog: the period, who it is for, the file; then Export."""
    def answer(dialog):
        dialog.start_edit.setDate(QDate(start.year, start.month, start.day))
        dialog.end_edit.setDate(QDate(end.year, end.month, end.day))
        if audience_row is not None:
            dialog.audience_combo.setCurrentIndex(audience_row)
        dialog.file_edit.setText(str(path))
        ok(dialog)
    return answer


def test_export_calendar_writes_the_chosen_file(workspace, tmp_path, person, messages):
    out = tmp_path / "shared.ics"
    person.will(ExportDialog, choose(date(2026, 1, 1), date(2026, 12, 31), out))
    assert export_module.export_calendar(None, workspace, TODAY) == out
    calendar = Calendar.from_ical(out.read_bytes())
    assert len(calendar.events) > 5
    assert "Jan de Vries 50 years" in out.read_text(encoding="utf-8")
    assert {event["DTSTART"].dt.year for event in calendar.events} == {2026}
    [(kind, text)] = messages
    assert kind == "information"
    assert str(out) in text
    assert export_module.settings().value(export_module.EXPORT_FOLDER) == str(tmp_path)


def test_the_shared_export_from_the_dialog_respects_consent(workspace, tmp_path, person, messages):
    out = tmp_path / "shared.ics"
    person.will(ExportDialog, choose(date(2026, 1, 1), date(2027, 12, 31), out, audience_row=0))
    assert export_module.export_calendar(None, workspace, TODAY) == out
    text = out.read_text(encoding="utf-8")
    for private in ("Sanne", "Niels", "Verborgen 50", "SECRET", "PLAN-"):  # quiet, no consent, hidden age, notes
        assert private not in text, private
    assert "Birthday of Hidde Verborgen" in text


def test_the_managers_export_from_the_dialog_has_the_plans(workspace, tmp_path, person, messages):
    out = tmp_path / "manager.ics"
    person.will(ExportDialog, choose(date(2026, 1, 1), date(2026, 12, 31), out, audience_row=1))
    assert export_module.export_calendar(None, workspace, TODAY) == out
    text = out.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "X-WR-CALNAME:Colleagues' occasions (manager)" in text
    assert "Plan: PLAN-WHAT cake and a gift" in text


def test_a_cancelled_export_writes_nothing(workspace, tmp_path, person, messages):
    def change_then_cancel(dialog):
        dialog.file_edit.setText(str(tmp_path / "never.ics"))
        cancel(dialog)

    person.will(ExportDialog, change_then_cancel)
    assert export_module.export_calendar(None, workspace, TODAY) is None
    assert list(tmp_path.glob("*.ics")) == []
    assert messages == []


def test_the_organiser_calendar_offers_the_organisers_of_stored_plans(workspace, people, tmp_path, person,
                                                                      messages):
    offered = []

    def fatima_from_january(dialog):
        offered.extend(dialog.organiser_combo.itemText(row) for row in range(dialog.organiser_combo.count()))
        dialog.organiser_combo.setCurrentIndex(dialog.organiser_combo.findData("fatima@example.nl"))
        dialog.start_edit.setDate(QDate(2026, 1, 1))
        dialog.file_edit.setText(str(tmp_path / Path(dialog.file_edit.text()).name))
        ok(dialog)

    person.will(ExportDialog, fatima_from_january)
    path = export_module.export_organiser_calendar(None, workspace, TODAY)
    assert sorted(offered) == ["Fatima El Amrani <fatima@example.nl>", "Sanne Stil <sanne@example.nl>"]
    assert path == tmp_path / "celebrations-fatima.ics"
    text = path.read_text(encoding="utf-8")
    assert "BEGIN:VALARM" in text
    assert "Celebration: Jan de Vries 50 years" in text.replace("\r\n ", "")


def test_no_organiser_calendar_without_plans(workspace, messages, monkeypatch):
    for plan in Celebrations(workspace.register.db).all():
        Celebrations(workspace.register.db).delete(plan.id)
    assert export_module.export_organiser_calendar(None, workspace, TODAY) is None
    assert "No plan has an organiser" in messages[0][1]


@pytest.fixture
def publisher(workspace, qtbot):
    from desktop.ui.publishing.publisher import Publisher

    publisher = Publisher(debounce_ms=30, retry_seconds=(0.05,), today=lambda: TODAY)
    publisher.attach(workspace)
    yield publisher
    publisher.shutdown()
    qtbot.waitUntil(lambda: not publisher.is_busy())


def test_the_publishing_dialog_publishes_now_with_its_own_values(workspace, publisher, qtbot, tmp_path):
    dialog = PublishingDialog(PublishSettings(), "", publisher)
    qtbot.addWidget(dialog)
    assert dialog.publish_button.isEnabled()
    dialog.publish_now()
    assert dialog.result_label.text() == "Fill in a folder or a server first."
    dialog.folder_edit.setText(str(tmp_path))
    dialog.publish_now()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Published"), timeout=5000)
    assert (tmp_path / "social-calendar.ics").exists()
    assert "File: " in dialog.result_label.text()
    assert load_settings(workspace.register.db) == PublishSettings()  # trying is not saving


def test_edit_publishing_keeps_settings_in_the_file_and_the_password_in_the_keyring(
        workspace, db_path, person, memory_keyring, tmp_path):  # noqa: F811
    from PySide6.QtCore import QObject, Signal

    chosen = PublishSettings(automatic=True, folder=str(tmp_path), caldav_url="https://dav.example.nl/",
                             caldav_user="office", caldav_calendar="Verjaardagen")
    seen = []

    def fill(dialog):
        dialog.automatic_check.setChecked(True)
        dialog.folder_edit.setText(str(tmp_path))
        dialog.url_edit.setText("https://dav.example.nl/")
        dialog.user_edit.setText("office")
        dialog.password_edit.setText("TOP-secret-9")
        dialog.calendar_edit.setText("Verjaardagen")
        ok(dialog)

    def look(dialog):
        seen.append((dialog.settings(), dialog.password_edit.text()))
        ok(dialog)

    class FakePublisher(QObject):
        """Stands in for the network: counts the publishes asked for."""

        trial_finished = Signal(object)
        trial_progress = Signal(object, int, int)
        workspace = None
        calls = 0

        def publish_now(self):
            self.calls += 1

    publisher = FakePublisher()
    person.will(PublishingDialog, fill)
    assert edit_publishing(None, workspace, publisher)
    assert load_settings(workspace.register.db) == chosen
    assert publisher.calls == 1
    assert list(memory_keyring.passwords.values()) == ["TOP-secret-9"]
    workspace.register.db.conn.commit()
    assert b"TOP-secret-9" not in db_path.read_bytes()
    from desktop.preferences import settings

    assert not any("TOP-secret-9" in str(settings().value(key)) for key in settings().allKeys())
    # The next time the dialog shows the stored password.
    person.will(PublishingDialog, look)
    assert edit_publishing(None, workspace)
    assert seen == [(chosen, "TOP-secret-9")]


def test_cancel_changes_nothing(workspace, person):
    save_settings(workspace.register.db, PublishSettings(folder="/srv/x"))
    person.will(PublishingDialog, lambda dialog: (dialog.folder_edit.setText("/srv/other"), cancel(dialog)))
    assert not edit_publishing(None, workspace)
    assert load_settings(workspace.register.db) == PublishSettings(folder="/srv/x")


def test_the_dialog_reads_back_its_fields(qtbot):
    current = PublishSettings(True, "/srv/share", "https://dav.example.nl/", "office", "Office", 2, 6)
    dialog = PublishingDialog(current, "pw")
    qtbot.addWidget(dialog)
    assert dialog.settings() == current
    assert dialog.password() == "pw"
    assert not dialog.publish_button.isEnabled()  # no file to build from
    assert Path(dialog.folder_edit.text()) == Path("/srv/share")


def test_publish_now_waits_for_the_background_publisher(workspace, publisher, people, qtbot, tmp_path,
                                                        monkeypatch):
    """The dialog's try and the background publish never send at the same time (one CalDAV calendar, one
    file): the try goes through the publisher, after the publish that runs."""
    save_settings(workspace.register.db, PublishSettings(automatic=True, folder=str(tmp_path)))
    gate = Gate(monkeypatch)
    publisher.schedule()
    qtbot.waitUntil(lambda: gate.calls == 1, timeout=5000)  # the background publish is sending
    dialog = PublishingDialog(load_settings(workspace.register.db), "", publisher)
    qtbot.addWidget(dialog)
    trial = tmp_path / "trial"
    trial.mkdir()
    dialog.folder_edit.setText(str(trial))
    dialog.publish_now()
    assert dialog.result_label.text() == "Publishing…"
    assert not dialog.publish_button.isEnabled()
    qtbot.wait(200)
    assert (gate.calls, gate.most) == (1, 1)
    gate.release.set()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Published"), timeout=5000)
    assert (gate.calls, gate.most) == (2, 1)
    assert (trial / "social-calendar.ics").exists()
    assert dialog.publish_button.isEnabled()


def test_closing_the_dialog_never_waits_for_the_network(workspace, publisher, qtbot, tmp_path, monkeypatch):
    import threading
    import time

    gate = Gate(monkeypatch)
    threading.Timer(2, gate.release.set).start()  # the slow server answers after two seconds
    dialog = PublishingDialog(PublishSettings(), "", publisher)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.publish_now()
    qtbot.waitUntil(lambda: gate.calls == 1, timeout=5000)
    started = time.perf_counter()
    dialog.reject()
    assert time.perf_counter() - started < 0.5
    gate.release.set()
    qtbot.waitUntil(lambda: not publisher.is_busy(), timeout=5000)
    assert dialog.result_label.text() == "Publishing…"  # the closed dialog is left alone
