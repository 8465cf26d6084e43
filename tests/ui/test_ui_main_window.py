"""The window: adding, editing and deleting with undo/redo, files that cannot be opened."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from support.dialogs import cancel, noting, ok, press

from desktop.app import build_window, open_register
from desktop.models.colleague import Colleague
from desktop.models.dates import PartialDate
from desktop.ui.colleague_dialog import ColleagueDialog
from desktop.ui.colleague_model import Column
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)


@pytest.fixture
def window(qtbot, register, db_path):
    ict = register.add_department("ICT")
    register.add_many([
        Colleague(None, "Pieter", "van der", "Berg", "pieter@example.nl", ict.id, PartialDate(4, 3, 1980)),
        Colleague(None, "Anna", "", "Aalders", "anna@example.nl"),
    ])
    window = build_window(register, db_path, clock_on(TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


def table_names(window) -> list[str]:
    proxy = window.colleagues_page().proxy
    return [proxy.index(row, Column.NAME).data() for row in range(proxy.rowCount())]


def select(window, name: str) -> None:
    window.colleagues_page().table.selectRow(table_names(window).index(name))


def stored_names(register) -> list[str]:
    return sorted(colleague.full_name for colleague in register.colleagues())


def test_the_window_opens_on_the_home_view_without_reading_everyone(window):
    """Start-up builds only what the home view needs; the Colleagues tab reads the table when first opened."""
    assert not window.workspace.model_loaded()
    assert window.colleagues is None
    assert window.count_label.text() == "2 colleagues, 2 shown"
    window.pages.setCurrentWidget(window.pages.colleagues_holder)
    assert window.workspace.model_loaded()
    assert table_names(window) == ["Anna Aalders", "Pieter van der Berg"]


def test_window_shows_the_file_sorted_with_a_count(window):
    assert window.windowTitle() == "calendar.sqlite – Social Calendar"
    assert table_names(window) == ["Anna Aalders", "Pieter van der Berg"]
    assert window.count_label.text() == "2 colleagues, 2 shown"
    window.colleagues_page().search.setText("ict")
    assert table_names(window) == ["Pieter van der Berg"]
    assert window.count_label.text() == "2 colleagues, 1 shown"


def type_name(first: str, last: str = ""):
    """What a person types into the colleague form before pressing OK."""
    def answer(dialog):
        dialog.edits["first_name"].setText(first)
        if last:
            dialog.edits["last_name"].setText(last)
        ok(dialog)
    return answer


def test_add_then_undo_and_redo(window, register, person):
    person.will(ColleagueDialog, type_name("Bram", "Bakker"))
    window.add_action.trigger()
    assert "Bram Bakker" in stored_names(register)
    assert window.selected_colleague().full_name == "Bram Bakker"
    assert window.undo_action.text() == "Undo Add Bram Bakker"
    window.undo_action.trigger()
    assert "Bram Bakker" not in stored_names(register)
    assert "Bram Bakker" not in table_names(window)
    window.redo_action.trigger()
    assert "Bram Bakker" in stored_names(register)
    assert table_names(window) == ["Anna Aalders", "Bram Bakker", "Pieter van der Berg"]


def test_edit_then_undo_and_redo(window, register, person):
    shown = []

    def rename(dialog):
        shown.append((dialog.edits["first_name"].text(), dialog.edits["email"].text()))
        type_name("Annie")(dialog)

    person.will(ColleagueDialog, rename)
    select(window, "Anna Aalders")
    window.colleagues_page().table.open_requested.emit()  # what Enter and double-click do
    assert shown == [("Anna", "anna@example.nl")]  # the form showed the selected colleague
    assert "Annie Aalders" in stored_names(register)
    assert next(c for c in register.colleagues() if c.first_name == "Annie").email == "anna@example.nl"
    assert window.undo_action.text() == "Undo Edit Annie Aalders"
    window.undo_action.trigger()
    assert stored_names(register) == ["Anna Aalders", "Pieter van der Berg"]
    assert table_names(window) == ["Anna Aalders", "Pieter van der Berg"]
    window.redo_action.trigger()
    assert table_names(window) == ["Annie Aalders", "Pieter van der Berg"]


def test_delete_asks_first_and_undo_restores_the_same_id(window, register, person):
    asked: list[str] = []

    person.will(QMessageBox, noting(asked, QMessageBox.StandardButton.No))
    person.will(QMessageBox, noting(asked, QMessageBox.StandardButton.Yes))
    select(window, "Pieter van der Berg")
    pieter = window.selected_colleague()
    window.delete_action.trigger()
    assert "Pieter van der Berg" in asked[0]
    assert len(register.colleagues()) == 2  # answered No
    window.delete_action.trigger()
    assert stored_names(register) == ["Anna Aalders"]
    window.undo_action.trigger()
    assert register.colleague(pieter.id) == pieter
    assert table_names(window) == ["Anna Aalders", "Pieter van der Berg"]


def test_a_failed_write_is_reported_and_the_table_reloaded(window, register, warnings, person):
    person.will(ColleagueDialog, type_name("Annie"))
    select(window, "Anna Aalders")
    anna = window.selected_colleague()
    register.delete(anna.id)  # someone else removed her meanwhile
    window.edit_action.trigger()
    assert warnings == [f"Colleague {anna.id} no longer exists"]
    assert table_names(window) == ["Pieter van der Berg"]
    assert not window.undo_action.isEnabled()


@pytest.mark.parametrize("content", [b"just some text, not a database",
                                     b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_foreign_or_damaged_file_is_refused_and_left_alone(window, tmp_path, warnings, content):
    other = tmp_path / "other.sqlite"
    other.write_bytes(content)
    assert not window.open_path(other)
    assert other.read_bytes() == content
    assert warnings
    assert "other.sqlite" in warnings[0]
    assert window.windowTitle() == "calendar.sqlite – Social Calendar"


def test_another_database_file_is_refused_at_start(qtbot, tmp_path):
    import sqlite3

    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    before = foreign.read_bytes()
    messages = []
    assert open_register(foreign, lambda message: messages.append(message) or None) is None
    assert "another program" in str(messages[0])
    assert foreign.read_bytes() == before


def test_opening_another_file_starts_a_fresh_history(window, tmp_path, person):
    person.will(ColleagueDialog, type_name("Bram", "Bakker"))
    window.add_action.trigger()
    assert window.undo_action.isEnabled()
    assert window.open_path(tmp_path / "new.sqlite")
    assert table_names(window) == []
    assert not window.undo_action.isEnabled()
    assert window.windowTitle() == "new.sqlite – Social Calendar"


def test_recording_an_occasion_shows_it_at_home_and_undo_takes_it_away(window, register, person, qtbot):
    from desktop.models.occasion_records import RecordedOccasion
    from desktop.models.occasions import Kind
    from desktop.ui.recorded_dialog import RecordedOccasionDialog

    anna = next(c for c in register.colleagues() if c.first_name == "Anna")

    def record_a_birth(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("birth"))
        dialog.colleague.setEditText("Anna Aalders")
        dialog.date.setText("01-12-2026")
        dialog.child_name.setText("Noor")
        ok(dialog)

    person.will(RecordedOccasionDialog, record_a_birth)
    window.record_action.trigger()
    assert register.recorded_occasions() == [
        RecordedOccasion(register.recorded_occasions()[0].id, anna.id, "birth", date(2026, 12, 1), child_name="Noor")]

    def births_at_home():
        coming = window.pages.coming_up.coming_up()
        return [i.occasion for i in coming.this_week + coming.next_days if i.occasion.kind is Kind.BIRTH]

    qtbot.waitUntil(lambda: [o.child_name for o in births_at_home()] == ["Noor"])
    assert window.pages.banner.isVisible()  # a birth without a plan needs attention
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: births_at_home() == [])
    assert register.recorded_occasions() == []


def test_calendar_tab_is_built_when_first_opened_and_opens_colleagues(window, person, qtbot):
    assert window.pages.calendar is None
    window.page_actions[1].trigger()
    assert window.pages.calendar is not None
    window.page_actions[2].trigger()
    assert window.pages.planning is not None
    window.page_actions[4].trigger()
    assert window.pages.budget is not None
    opened = []
    person.will(ColleagueDialog, lambda dialog: (opened.append(dialog.edits["last_name"].text()), cancel(dialog)))
    pieter = next(c for c in window.workspace.model.colleagues() if c.first_name == "Pieter")
    window.pages.calendar.colleague_activated.emit(pieter.id)
    assert opened == ["Berg"]
    assert not window.undo_action.isEnabled()  # cancelled: nothing changed


def test_calendar_export_and_publishing_menus(window, monkeypatch):
    from desktop.ui.publishing import export, publishing

    called = []
    monkeypatch.setattr(export, "export_calendar", lambda parent, workspace, today: called.append("shared"))
    monkeypatch.setattr(export, "export_organiser_calendar", lambda parent, workspace, today: called.append("org"))
    monkeypatch.setattr(publishing, "edit_publishing", lambda parent, workspace, publisher: called.append(publisher))
    window.export_ical_action.trigger()
    window.organiser_ical_action.trigger()
    window.publishing_action.trigger()
    assert called == ["shared", "org", window.publisher]
    assert window.publisher.workspace is window.workspace


def test_a_file_open_in_another_window_asks_first_and_the_note_goes_on_close(window, tmp_path, person):
    import socket
    import subprocess
    import sys

    from desktop.store import lock

    assert lock.lock_path(window.workspace.path).exists()
    other_file = tmp_path / "other.sqlite"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        note = f"pid: {other.pid}\nhost: {socket.gethostname()}\nsince: 2026-11-28T09:00:00+00:00\n"
        lock.lock_path(other_file).write_text(note)
        asked = []
        person.will(QMessageBox, lambda box: asked.append(box.text()) or press(box, QMessageBox.StandardButton.No))
        assert not window.open_path(other_file)
        [question] = asked
        assert question.startswith(f"other.sqlite is open in another Social Calendar window (on {socket.gethostname()}")
        assert not other_file.exists()
    finally:
        other.kill()
        other.wait()
    path = window.workspace.path
    window.close()
    assert not lock.lock_path(path).exists()


def test_changes_by_another_program_are_noticed_and_shown(window, db_path, qtbot):
    import sqlite3

    other = sqlite3.connect(db_path)
    other.execute("UPDATE colleagues SET first_name = 'Annie' WHERE first_name = 'Anna'")
    other.commit()
    other.close()
    with qtbot.waitSignal(window.workspace.changed_elsewhere, timeout=5000):
        pass
    assert "Annie Aalders" in table_names(window)
    assert window.workspace.undo_stack.count() == 0
    assert not window.workspace.check_outside_changes()  # seen once, not again


def test_the_publisher_starts_only_for_a_file_that_publishes_after_every_change(window, register, tmp_path):
    from desktop.exchange.publish.settings_store import PublishSettings, save_settings

    assert window.publisher is None  # nothing to publish: its code is not even loaded
    save_settings(register.db, PublishSettings(automatic=False, folder=str(tmp_path)))
    window.workspace.reload()
    assert window.publisher is None
    save_settings(register.db, PublishSettings(automatic=True, folder=str(tmp_path)))
    window.workspace.reload()
    assert window.publisher is not None
    assert window.publisher.workspace is window.workspace


def test_a_file_repaired_after_a_refusal_is_checked_again(tmp_path):
    """The early check's verdict counts for the first try only: choosing the same path again checks anew."""
    from desktop.store.database import Inspection, open_database

    path = tmp_path / "register.sqlite"
    path.write_bytes(b"not a database at all")
    early = Inspection(path)
    tries = []

    def repair_and_choose_again(message):
        tries.append(message)
        if len(tries) > 1:
            return None  # refused again: give up
        path.unlink()
        open_database(path).close()  # e.g. a backup put back in its place
        return path

    opened = open_register(path, repair_and_choose_again, early)
    assert opened is not None
    assert opened[1] == path
    assert len(tries) == 1
    opened[0].db.close()


def test_the_first_window_fits_the_screen(window):
    """On a PC where the app has not run (no saved layout), the window is never larger than the screen leaves
    room for: on a 1024×700 laptop the columns at the right edge would otherwise be off the screen."""
    room = window.screen().availableGeometry()
    assert window.width() <= room.width()
    assert window.height() <= room.height()
    assert window.width() == min(1180, room.width())
