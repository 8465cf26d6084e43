"""Recorded occasions in the window: the form's checks, and the list's changes through the undo stack."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox
from support.dialogs import cancel, noting, ok

from desktop.models.colleague import Colleague
from desktop.models.occasion_records import RecordedOccasion
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.record_commands import AddRecord, DeleteRecord, EditRecord
from desktop.ui.recorded_dialog import RecordedOccasionDialog, colleague_choices
from desktop.ui.recorded_list import RecordedOccasionsDialog
from desktop.ui.workspace import Workspace
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)


@pytest.fixture
def people(register):
    ict = register.add_department("ICT")
    return register.add_many([
        Colleague(None, "Jan", "de", "Vries", "jan@example.nl", ict.id),
        Colleague(None, "Pieter", "van der", "Berg", "pieter@example.nl", ict.id),
        Colleague(None, "Anna", "", "Aalders", "anna@example.nl"),
    ])


@pytest.fixture
def workspace(qtbot, register, db_path, people):
    model = ColleagueTableModel(register.colleagues(), register.departments(), clock_on(TODAY))
    workspace = Workspace(register, db_path, model)
    model.setParent(workspace)
    return workspace


@pytest.fixture
def jan(people):
    return next(colleague for colleague in people if colleague.first_name == "Jan")


def file_rows(db_path) -> list[tuple]:
    """What the file holds, read with plain sqlite3: undo must give back exactly this."""
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT * FROM recorded_occasions ORDER BY id").fetchall()


def form(qtbot, people, record=None, colleague_id=None, departments=()) -> RecordedOccasionDialog:
    dialog = RecordedOccasionDialog(record, people, TODAY, colleague_id, departments)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_kind(dialog: RecordedOccasionDialog, kind: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


# -- the form --------------------------------------------------------------------------------------------
def test_colleagues_are_offered_in_dutch_order_with_their_department(register, people):
    labels = [label for label, _ in colleague_choices(people, register.departments())]
    assert labels == ["Anna Aalders", "Pieter van der Berg (ICT)", "Jan de Vries (ICT)"]


def test_a_date_that_does_not_exist_is_refused_with_its_message(qtbot, people, jan):
    dialog = form(qtbot, people, colleague_id=jan.id)
    dialog.date.setText("31-02-2027")
    dialog.accept()
    assert dialog.result_record is None
    assert dialog.errors["date"].isVisible()
    assert dialog.errors["date"].text() == "31-02-2027 does not exist"
    dialog.date.setText("")
    dialog.accept()
    assert dialog.errors["date"].text() == "Enter the date"


def test_an_other_occasion_needs_a_title_and_may_be_for_everyone(qtbot, people):
    dialog = form(qtbot, people)
    choose_kind(dialog, "custom")
    dialog.date.setText("2027-07-02")
    dialog.accept()
    assert dialog.result_record is None
    assert dialog.errors["title"].isVisible()
    assert not dialog.errors["colleague"].isVisible()  # left empty: for everyone
    dialog.title.setText("Summer outing")
    dialog.accept()
    assert dialog.result_record == RecordedOccasion(None, None, "custom", date(2027, 7, 2), "Summer outing")


def test_everyone_is_refused_for_a_birth(qtbot, people):
    dialog = form(qtbot, people)
    dialog.choose_colleague(None)
    assert dialog.colleague.currentText() == "Everyone (no single colleague)"
    dialog.accept()
    assert dialog.result_record is None
    assert dialog.errors["colleague"].isVisible()
    assert "only an other occasion can be for everyone" in dialog.errors["colleague"].text()


def test_an_unknown_name_is_refused(qtbot, people):
    dialog = form(qtbot, people)
    dialog.colleague.setEditText("Klaas")
    dialog.accept()
    assert dialog.result_record is None
    assert "Klaas" in dialog.errors["colleague"].text()


def test_a_good_birth_with_the_childs_name_is_accepted(qtbot, people, jan):
    dialog = form(qtbot, people)
    assert dialog.child_name.isVisible()
    assert not dialog.title.isVisible()
    dialog.colleague.setEditText("jan de vries")  # typed, case does not matter
    dialog.date.setText("03-03-2027")
    assert dialog.date_hint.text() == "Wednesday, 3 March 2027"
    dialog.child_name.setText(" Sara ")
    dialog.notes.setPlainText("Card and flowers")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_record == RecordedOccasion(None, jan.id, "birth", date(2027, 3, 3), "", "Sara",
                                                    "Card and flowers")


def test_fields_that_do_not_apply_are_hidden_and_not_saved(qtbot, register, people, jan):
    record = RecordedOccasion(7, jan.id, "birth", date(2026, 12, 8), "", "Tess", "")
    dialog = form(qtbot, people, record, departments=register.departments())
    assert dialog.colleague.currentText() == "Jan de Vries (ICT)"
    choose_kind(dialog, "wedding")
    assert not dialog.child_name.isVisible()
    assert not dialog.title.isVisible()
    dialog.accept()
    assert dialog.result_record == RecordedOccasion(7, jan.id, "wedding", date(2026, 12, 8))


# -- the commands ----------------------------------------------------------------------------------------
class SignallingWorkspace(QObject):
    """What the lead's Workspace will offer: a records_changed signal next to the register."""

    records_changed = Signal()

    def __init__(self, register):
        super().__init__()
        self.register = register


def test_commands_tell_the_workspace_and_keep_ids(qtbot, register, jan):
    workspace = SignallingWorkspace(register)
    add = AddRecord(workspace, RecordedOccasion(None, jan.id, "birth", TODAY, child_name="Sara"), jan.full_name)
    assert add.text() == "Record birth of Jan de Vries"
    with qtbot.waitSignal(workspace.records_changed):
        add.apply()
    record = add.record
    assert register.recorded_occasions() == [record]
    edited = RecordedOccasion(record.id, jan.id, "wedding", TODAY)
    edit = EditRecord(workspace, record, edited)
    assert edit.text() == "Edit occasion"
    with qtbot.waitSignal(workspace.records_changed):
        edit.apply()
    delete = DeleteRecord(workspace, edited)
    assert delete.text() == "Delete occasion"
    delete.apply()
    assert register.recorded_occasions() == []
    delete.revert()
    assert register.recorded_occasions() == [edited]


# -- the list --------------------------------------------------------------------------------------------
@pytest.fixture
def records(register, jan, people):
    anna = next(colleague for colleague in people if colleague.first_name == "Anna")
    return [register.add_recorded_occasion(record) for record in (
        RecordedOccasion(None, jan.id, "get_well", date(2026, 12, 5), notes="Knee operation"),
        RecordedOccasion(None, None, "custom", date(2027, 7, 2), "Summer outing"),
        RecordedOccasion(None, anna.id, "wedding", date(2026, 6, 1)),
    )]


def open_list(qtbot, workspace, colleague_id=None) -> RecordedOccasionsDialog:
    dialog = RecordedOccasionsDialog(workspace, TODAY, colleague_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_list_is_sorted_by_date_and_filters(qtbot, workspace, records, jan):
    dialog = open_list(qtbot, workspace)
    assert [record.date for record in dialog.shown_records()] == [date(2026, 6, 1), date(2026, 12, 5),
                                                                    date(2027, 7, 2)]
    assert dialog.proxy.index(0, 0).data() == "01-06-2026"
    assert [dialog.proxy.index(2, column).data() for column in range(5)] == [
        "02-07-2027", "Other occasion", "Everyone", "Summer outing", ""]
    assert dialog.count_label.text() == "3 occasions"
    dialog.search.setText("knee")
    assert dialog.shown_records() == [records[0]]
    assert dialog.count_label.text() == "3 occasions, 1 shown"
    dialog.search.setText("")
    dialog.who.setCurrentIndex(dialog.who.findData(-1))
    assert dialog.shown_records() == [records[1]]
    mine = open_list(qtbot, workspace, jan.id)
    assert mine.windowTitle() == "Occasions of Jan de Vries"
    assert mine.shown_records() == [records[0]]


def test_the_table_model_is_sound(qtbot, qtmodeltester, workspace, records):
    dialog = open_list(qtbot, workspace)
    qtmodeltester.check(dialog.model)


def test_add_through_the_undo_stack(qtbot, workspace, register, records, jan, person, db_path):
    before = file_rows(db_path)
    offered = []

    def record_a_birth(form):
        offered.append(form.colleague.currentText())  # the list is Jan's: the form starts with him
        form.date.setText("03-03-2027")
        form.child_name.setText("Sara")
        ok(form)

    person.will(RecordedOccasionDialog, record_a_birth)
    dialog = open_list(qtbot, workspace, jan.id)
    with qtbot.waitSignal(dialog.records_changed):
        dialog.add_button.click()
    after = file_rows(db_path)
    assert offered == ["Jan de Vries (ICT)"]
    assert len(after) == 4
    assert after[-1][1:] == (jan.id, "birth", "2027-03-03", "", "Sara", "", "", None)
    assert dialog.selected().child_name == "Sara"
    assert workspace.undo_stack.undoText() == "Record birth of Jan de Vries"
    dialog.undo_action.trigger()
    assert file_rows(db_path) == before
    assert len(dialog.shown_records()) == 1
    workspace.undo_stack.redo()  # what the window's Edit › Redo does
    assert file_rows(db_path) == after  # the same id again
    assert len(dialog.shown_records()) == 2


def test_edit_through_the_undo_stack(qtbot, workspace, records, person, db_path):
    before = file_rows(db_path)
    shown = []

    def move_a_day(form):
        shown.append((form.date.text(), form.notes.toPlainText()))
        form.date.setText("06-12-2026")
        form.notes.setPlainText("Hip")
        ok(form)

    person.will(RecordedOccasionDialog, move_a_day)
    dialog = open_list(qtbot, workspace)
    dialog.select(records[0].id)
    dialog.table.open_requested.emit()  # what Enter and double-click do
    after = file_rows(db_path)
    assert shown == [("05-12-2026", "Knee operation")]
    assert after == [(records[0].id, records[0].colleague_id, "get_well", "2026-12-06", "", "", "Hip", "", None),
                     *before[1:]]
    assert dialog.selected().notes == "Hip"
    assert workspace.undo_stack.undoText() == "Edit occasion"
    workspace.undo_stack.undo()
    assert file_rows(db_path) == before
    assert dialog.selected() == records[0]
    workspace.undo_stack.redo()
    assert file_rows(db_path) == after


def test_delete_asks_first_and_undo_restores_the_same_id(qtbot, workspace, records, person, db_path):
    before = file_rows(db_path)
    asked: list[str] = []

    person.will(QMessageBox, noting(asked, QMessageBox.StandardButton.No))
    person.will(QMessageBox, noting(asked, QMessageBox.StandardButton.Yes))
    dialog = open_list(qtbot, workspace)
    dialog.select(records[1].id)
    dialog.delete_button.click()
    assert asked == ["Delete “Summer outing” of Everyone on 02-07-2027? You can undo this with Undo."]
    assert file_rows(db_path) == before  # answered No
    dialog.delete_button.click()
    assert len(asked) == 2
    after = file_rows(db_path)
    assert len(after) == 2
    assert records[1] not in dialog.shown_records()
    dialog.undo_action.trigger()
    assert file_rows(db_path) == before
    assert records[1] in dialog.shown_records()
    dialog.redo_action.trigger()
    assert file_rows(db_path) == after


def test_a_failed_delete_is_reported_and_the_list_reloaded(qtbot, workspace, register, records):
    reported = []
    workspace.failed.connect(reported.append)
    dialog = open_list(qtbot, workspace)
    dialog.select(records[0].id)
    register.delete_recorded_occasion(records[0].id)  # gone behind the list's back
    assert not dialog.delete_selected()
    assert [message.untranslated() for message in reported] == ["This occasion no longer exists"]
    assert records[0] not in dialog.shown_records()
    assert workspace.undo_stack.count() == 0


def test_enter_in_the_table_opens_the_occasion(qtbot, workspace, records, person, db_path):
    before = file_rows(db_path)
    opened = []

    def look_and_cancel(form):
        opened.append((form.kind.currentData(), form.date.text(), form.notes.toPlainText()))
        form.notes.setPlainText("typed, then cancelled")
        cancel(form)

    person.will(RecordedOccasionDialog, look_and_cancel)
    dialog = open_list(qtbot, workspace)
    dialog.select(records[0].id)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [("get_well", "05-12-2026", "Knee operation")]
    assert file_rows(db_path) == before
    assert workspace.undo_stack.count() == 0


# -- coming back every year --------------------------------------------------------------------------------
def test_an_other_occasion_can_come_back_every_year_until_a_day(qtbot, people):
    dialog = form(qtbot, people)
    choose_kind(dialog, "custom")
    dialog.title.setText("Christmas lunch")
    dialog.date.setText("11-12-2026")  # the second Friday of December
    offered = [dialog.repeat.itemText(i) for i in range(dialog.repeat.count())]
    assert offered == ["Does not repeat", "Every year on 11 December",
                       "Every year on the second Friday of December"]
    assert not dialog.until.isVisible()
    dialog.repeat.setCurrentIndex(2)
    assert dialog.until.isVisible()
    dialog.until.setText("31-12-2025")
    dialog.until.editingFinished.emit()
    assert dialog.errors["until"].text() == "The last day lies before the first"
    ok(dialog)
    assert dialog.result_record is None  # refused while the problem remains
    dialog.until.setText("31-12-2030")
    ok(dialog)
    record = dialog.result_record
    assert (record.repeat, record.until) == ("FREQ=YEARLY;BYMONTH=12;BYDAY=2FR", date(2030, 12, 31))


def test_the_last_weekday_is_offered_when_the_date_is_the_months_last(qtbot, people):
    dialog = form(qtbot, people)
    choose_kind(dialog, "custom")
    dialog.title.setText("Summer outing")
    dialog.date.setText("26-06-2026")
    dialog.repeat.setCurrentIndex(dialog.repeat.findText("Every year on the last Friday of June"))
    ok(dialog)
    assert dialog.result_record.repeat == "FREQ=YEARLY;BYMONTH=6;BYDAY=-1FR"


def test_a_birth_never_repeats(qtbot, people, jan):
    dialog = form(qtbot, people, colleague_id=jan.id)
    assert not dialog.repeat.isVisible()
    dialog.date.setText("03-03-2027")
    ok(dialog)
    assert dialog.result_record.repeat == ""


def test_a_stored_rule_is_chosen_again_and_shown_in_the_list(qtbot, people, workspace, register):
    stored = register.add_recorded_occasion(RecordedOccasion(
        None, None, "custom", date(2026, 12, 11), "Christmas lunch", repeat="FREQ=YEARLY;BYMONTH=12;BYDAY=2FR"))
    dialog = form(qtbot, people, record=stored)
    assert dialog.repeat.currentText() == "Every year on the second Friday of December"
    ok(dialog)
    assert dialog.result_record == stored
    shown = open_list(qtbot, workspace)
    details = shown.table.model().index(0, 3).data()
    assert details == "Christmas lunch (every year on the second Friday of December)"
