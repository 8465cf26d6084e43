"""Backups in the window: made automatically (after the window has shown, at most once a day; on closing and
switching files when anything changed), File › Backups… with Restore…, File › Check database, and a damaged
file that offers its newest good backup. Real files, real dialogs; a person answers them."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from support.damage import damage_an_index, flip_bytes

from desktop.app import ask_what_next, build_window, open_register
from desktop.models.colleague import Colleague
from desktop.store import backups
from desktop.store.database import open_database
from desktop.store.repository import Register
from desktop.ui.backups_dialog import BackupsDialog
from desktop.ui.clock import Clock
from tests.ui.hand_clock import HandTime
from tests.ui.person import Person

NOON = datetime(2026, 12, 2, 12, 0)
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture(autouse=True)
def _day_backup_later(request, monkeypatch):
    """Only the test of the day's backup waits for it; in the others it would come at a random moment."""
    if "days_backup" not in request.node.name and "cannot_be_made" not in request.node.name:
        monkeypatch.setattr("desktop.ui.auto_backup.START_DELAY_MS", 600_000)


@pytest.fixture
def person():
    """Answers each dialog in turn, also those an answer opens (tests/ui/person.py)."""
    someone = Person()
    yield someone
    someone.stop()


def noting(asked: list[str], button: QMessageBox.StandardButton):
    """A message box: note its text (and the informative text), then click `button`."""
    def step(box: QMessageBox) -> None:
        assert isinstance(box, QMessageBox), type(box).__name__
        asked.append(" | ".join(part for part in (box.text(), box.informativeText()) if part))
        box.button(button).click()
    return step


def clicking(asked: list[str], label: str):
    def step(box: QMessageBox) -> None:
        asked.append(" | ".join(part for part in (box.text(), box.informativeText()) if part))
        next(button for button in box.buttons() if button.text() == label).click()
    return step


def _people(register: Register, count: int, prefix: str = "P") -> None:
    register.add_many(Colleague(first_name=f"{prefix}{number}", last_name="Jansen", email=f"{prefix}{number}@x.nl")
                      for number in range(count))


def _window(qtbot, register, path, time: HandTime):
    window = build_window(register, path, Clock(time))
    qtbot.addWidget(window)
    window.show()
    return window


def _count(path: Path) -> int:
    db = open_database(path, create=False)
    try:
        return Register(db).count()
    finally:
        db.close()


def test_the_days_backup_is_made_on_a_worker_once_the_window_has_shown_and_once_a_day(qtbot, register, db_path,
                                                                                     monkeypatch):
    _people(register, 25)
    time = HandTime(NOON)
    made_on: list[str] = []
    real_make = backups.make_backup

    def noting_thread(db, now):  # only watches which thread made it
        made_on.append(threading.current_thread().name)
        return real_make(db, now)

    monkeypatch.setattr(backups, "make_backup", noting_thread)
    window = _window(qtbot, register, db_path, time)
    assert backups.list_backups(db_path) == []  # nothing before the window has shown and settled
    with qtbot.waitSignal(window.auto_backup.finished, timeout=15_000) as made:
        pass
    monkeypatch.undo()
    assert made_on == ["backup-file"]
    (listed,) = backups.list_backups(db_path)
    assert (listed.path, listed.created, listed.colleagues) == (made.args[0], NOON, 25)
    assert listed.path.stat().st_mode & 0o777 == 0o600
    assert listed.path.parent.stat().st_mode & 0o777 == 0o700
    assert "Backup made (12:00)" in window.statusBar().currentMessage()
    time.go_to(NOON + timedelta(hours=20))
    assert not window.auto_backup.start_if_due()  # at most once a day
    time.go_to(NOON + timedelta(days=1))
    assert window.auto_backup.start_if_due()
    qtbot.waitUntil(lambda: len(backups.list_backups(db_path)) == 2, timeout=15_000)


def test_closing_backs_up_a_changed_file_and_leaves_an_unchanged_one(qtbot, register, db_path, tmp_path):
    _people(register, 5)
    window = _window(qtbot, register, db_path, HandTime(NOON))
    window.close()
    assert backups.list_backups(db_path) == []  # looked at, not changed: nothing to keep
    assert not window.auto_backup.start_if_due()  # and a closed window starts no day's backup
    again = Register(open_database(db_path))
    window = _window(qtbot, again, db_path, HandTime(NOON))
    from desktop.ui.commands import AddColleague

    assert window.workspace.push(AddColleague(window.workspace, Colleague(first_name="Nieuw", last_name="Lid")))
    other = tmp_path / "other.sqlite"
    assert window.open_path(other)  # switching files keeps a copy of the one left
    (kept,) = backups.list_backups(db_path)
    assert kept.colleagues == 6
    Register(window.workspace.register.db).add(Colleague(first_name="In", last_name="Other"))
    window.workspace.check_outside_changes()
    window.close()
    assert [item.colleagues for item in backups.list_backups(other)] == [1]


def test_a_backup_that_cannot_be_made_is_said_in_the_status_bar_and_the_work_goes_on(qtbot, register, db_path,
                                                                                     person):
    _people(register, 5)
    backups.folder_of(db_path).write_text("a file where the backups folder should be")
    window = _window(qtbot, register, db_path, HandTime(NOON))
    with qtbot.waitSignal(window.auto_backup.finished, timeout=15_000) as made:
        pass
    assert made.args == [None]
    assert window.statusBar().currentMessage().startswith("No backup could be made: Saving failed")
    from desktop.ui.commands import AddColleague

    assert window.workspace.push(AddColleague(window.workspace, Colleague(first_name="Nog", last_name="Een")))
    assert _count(db_path) == 6


def _backups_dialog_restoring(row: int, rows: list[list[str]]):
    def answer(dialog: BackupsDialog) -> None:
        assert isinstance(dialog, BackupsDialog)
        table = dialog.table
        rows.extend([table.topLevelItem(i).text(c) for c in range(4)] for i in range(table.topLevelItemCount()))
        table.setCurrentItem(table.topLevelItem(row))
        dialog.restore_button.click()
    return answer


def test_file_backups_lists_them_newest_first_and_restores_one_keeping_the_file_as_it_was(qtbot, register, db_path,
                                                                                          person):
    _people(register, 10)
    backups.make_backup(register.db, datetime(2026, 11, 30, 9, 15))
    _people(register, 5, "Q")
    backups.make_backup(register.db, datetime(2026, 12, 1, 16, 40))
    window = _window(qtbot, register, db_path, HandTime(NOON))
    from desktop.ui.commands import AddColleague

    assert window.workspace.push(AddColleague(window.workspace, Colleague(first_name="Na", last_name="Backup")))
    assert window.undo_action.isEnabled()
    asked: list[str] = []
    rows: list[list[str]] = []
    person.expect(_backups_dialog_restoring(1, rows), noting(asked, Yes),
                  noting(asked, QMessageBox.StandardButton.Ok))
    window.backups_action.trigger()
    assert person.done() == []
    assert rows == [["01/12/2026", "16:40", "15", "0"], ["30/11/2026", "09:15", "10", "0"]]
    assert asked[0].startswith("Restore the backup of 30/11/2026 09:15 (10 colleagues, 0 plans)?")
    assert "is kept as calendar-20261202-120000.sqlite" in asked[1]
    assert window.workspace.colleague_count() == 10
    assert not window.undo_action.isEnabled()  # the history starts afresh
    assert _count(db_path) == 10
    newest = backups.list_backups(db_path)[0]
    assert (newest.created, newest.colleagues) == (NOON, 16)  # the file as it was, kept first


def _restoring_another_file(dialog: BackupsDialog) -> None:
    assert isinstance(dialog, BackupsDialog)
    dialog.other_button.click()  # the file dialog and the messages open (and are answered) inside the click
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()  # refused: closed


@pytest.mark.parametrize("kind", ["damaged", "foreign"])
def test_a_damaged_or_foreign_backup_is_refused_with_a_clear_message_and_nothing_changes(
        qtbot, qt_dialogs, register, db_path, tmp_path, person, kind):
    _people(register, 200)
    bad = tmp_path / "copy.sqlite"
    if kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        conn.close()
    else:
        register.db.close()
        bad.write_bytes(db_path.read_bytes())
        flip_bytes(bad)
        register = Register(open_database(db_path))
    before = db_path.read_bytes()
    window = _window(qtbot, register, db_path, HandTime(NOON))
    asked: list[str] = []
    person.expect(_restoring_another_file, person.open_file(bad), noting(asked, Yes),
                  noting(asked, QMessageBox.StandardButton.Ok))
    window.backups_action.trigger()
    assert person.done() == []
    expected = (f"The backup {bad} is damaged (" if kind == "damaged"
                else f"{bad} is a database of another program, not a Social Calendar file")
    assert asked[1].startswith(expected)
    assert db_path.read_bytes() == before
    assert not backups.folder_of(db_path).exists()
    assert window.workspace.colleague_count() == 200


def test_a_damaged_file_at_start_up_offers_its_newest_good_backup_and_keeps_itself_aside(db_path, person):
    db = open_database(db_path)
    _people(Register(db), 300)
    backups.make_backup(db, datetime(2026, 12, 1, 8, 0))
    db.close()
    damaged = flip_bytes(db_path)
    asked: list[str] = []
    person.expect(clicking(asked, "&Restore backup"))
    opened = open_register(db_path, ask_what_next)
    assert person.done() == []
    assert opened is not None
    register, path = opened
    try:
        assert path == db_path
        assert register.count() == 300
    finally:
        register.db.close()
    assert asked[0].startswith("calendar.sqlite is damaged and cannot be opened (")
    assert "The newest good backup is from 01-12-2026 08:00. Restore it?" in asked[0]
    (aside,) = db_path.parent.glob("calendar.damaged-*.sqlite")
    assert aside.read_bytes() == damaged


def test_a_damaged_file_opened_later_offers_the_backup_and_not_now_leaves_it(qtbot, register, db_path, tmp_path,
                                                                             person):
    other = tmp_path / "archive.sqlite"
    db = open_database(other)
    _people(Register(db), 300)
    backups.make_backup(db, datetime(2026, 12, 1, 8, 0))
    db.close()
    damaged = flip_bytes(other)
    window = _window(qtbot, register, db_path, HandTime(NOON))
    asked: list[str] = []
    person.expect(clicking(asked, "&Not now"), noting(asked, QMessageBox.StandardButton.Ok))
    assert not window.open_path(other)
    assert person.done() == []
    assert asked[1].startswith(f"{other} is damaged (")  # the refusal as always, naming the backup
    assert other.read_bytes() == damaged
    assert window.workspace.path == db_path


def test_a_busy_file_at_start_up_is_called_busy_and_offers_no_restore(db_path, monkeypatch):
    db = open_database(db_path)
    _people(Register(db), 10)
    backups.make_backup(db, NOON)
    db.close()
    monkeypatch.setattr("desktop.store.database.BUSY_WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    messages = []
    try:
        assert open_register(db_path, lambda message: messages.append(message) or None) is None
    finally:
        holder.rollback()
        holder.close()
    assert str(messages[0]) == (f"Another program is writing to {db_path}; nothing was saved. Try again in a "
                                "moment.")
    from desktop.ui.backups_dialog import offer_restore

    assert not offer_restore(None, messages[0])  # no box: there is nothing to restore
    assert list(db_path.parent.glob("*.damaged-*")) == []


def test_check_database_makes_a_backup_first_and_reports_a_sound_file(qtbot, register, db_path, person):
    _people(register, 20)
    window = _window(qtbot, register, db_path, HandTime(NOON))
    asked: list[str] = []
    person.expect(noting(asked, QMessageBox.StandardButton.Ok))
    window.check_action.trigger()
    assert person.done() == []
    assert asked[0].startswith("No problems found: every part of the file was read")
    assert "A backup was made first (calendar-20261202-120000.sqlite)." in asked[0]
    assert [item.colleagues for item in backups.list_backups(db_path)] == [20]


def test_check_database_finds_damage_the_quick_check_missed_and_restores_the_newest_good_backup(
        qtbot, register, db_path, person):
    _people(register, 40)
    backups.make_backup(register.db, datetime(2026, 12, 1, 8, 0))
    _people(register, 5, "Q")
    register.db.close()
    damaged = damage_an_index(db_path)
    register = Register(open_database(db_path))  # it opens: the quick check lets it through
    window = _window(qtbot, register, db_path, HandTime(NOON))
    asked: list[str] = []
    person.expect(noting(asked, Yes))
    window.check_action.trigger()
    assert person.done() == []
    assert asked[0].startswith("The file is damaged: some of it can no longer be read reliably (")
    assert "The newest good backup is from 01-12-2026 08:00. Restore it?" in asked[0]
    assert window.workspace.colleague_count() == 40
    (aside,) = db_path.parent.glob("calendar.damaged-*.sqlite")
    assert aside.read_bytes() == damaged
    assert _count(db_path) == 40
