"""The colleague's rights in the window, through the real dialogs answered as a person would: File › Export a
colleague's data…, Edit › Forget colleague… (asking first, showing what goes, saying it cannot be undone),
Edit › Former colleagues… and the leavers erased when the window opens the file."""

from __future__ import annotations

import json
import stat
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support.privacy_data import HERS, fill

from desktop.app import build_window
from desktop.models.celebration import Celebration, Status
from desktop.models.colleague import Colleague
from desktop.store.celebrations import Celebrations
from desktop.ui.commands import EditColleague
from desktop.ui.privacy import ChooseColleagueDialog, FormerColleaguesDialog
from tests.ui.hand_clock import clock_on
from tests.ui.person import Person

BEFORE_DUE = date(2026, 6, 1)  # Truus left on 30 June 2025: erased from 30 June 2026


@pytest.fixture
def person(qapp):
    before = qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)  # Qt's file dialog, to type into
    someone = Person()
    yield someone
    someone.stop()
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


def open_window(qtbot, register, db_path, today: date):
    window = build_window(register, db_path, clock_on(today))
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(window.ERASE_LEAVERS_AFTER_MS + 50)  # the leavers due are erased once the window is up
    return window


def select(window, first_name: str) -> None:
    page = window.colleagues_page()
    page.search.setText(first_name)
    page.table.selectRow(0)


def first_names(register) -> list[str]:
    return [c.first_name for c in register.colleagues()]


def test_forgetting_asks_first_showing_what_goes_and_that_it_cannot_be_undone(qtbot, register, db_path, person):
    fill(register)
    register.db.execute("PRAGMA secure_delete = OFF")  # the window's connection as most SQLite builds make it
    window = open_window(qtbot, register, db_path, BEFORE_DUE)
    assert first_names(register) == ["Truusje", "Jan", "Piet"]
    select(window, "Jan")
    jan = window.selected_colleague()
    window.workspace.push(EditColleague(window.workspace, jan, jan.with_changes(likes="tea")))
    assert window.workspace.undo_stack.canUndo()
    select(window, "Truusje")
    person.expect(person.answer(QMessageBox.StandardButton.No))
    window.forget_action.trigger()
    assert person.done() == []
    assert first_names(register) == ["Truusje", "Jan", "Piet"]
    asked: list[str] = []
    person.expect(lambda box: (asked.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click()))
    window.forget_action.trigger()
    assert person.done() == []
    [question] = asked
    assert question.startswith("Forget Truusje Weggaan? This erases them from the file for good, with 1 recorded "
                               "occasion, 1 plan about them, 1 leave period. 2 plans they organise keep \"a former "
                               "colleague\" in their place.")
    assert "This cannot be undone: Edit › Undo will not bring them back." in question
    assert first_names(register) == ["Jan", "Piet"]
    assert not window.workspace.undo_stack.canUndo()  # an older step may not bring anything back
    assert window.workspace.colleague_count() == 2
    raw = db_path.read_bytes()
    assert [marker for marker in HERS if marker in raw] == []


def test_without_a_selection_the_colleague_is_chosen_first(qtbot, register, db_path, person):
    fill(register)
    window = open_window(qtbot, register, db_path, BEFORE_DUE)

    def choose_piet(dialog: ChooseColleagueDialog) -> None:
        dialog.box.setCurrentIndex(dialog.box.findText("Pieters, Piet <piet@example.nl>"))

    person.expect(person.choose_then_accept(choose_piet), person.answer(QMessageBox.StandardButton.Yes))
    window.forget_action.trigger()
    assert person.done() == []
    assert first_names(register) == ["Truusje", "Jan"]


def test_export_writes_everything_about_the_selected_colleague_owner_only(qtbot, register, db_path, tmp_path,
                                                                          person):
    fill(register)
    window = open_window(qtbot, register, db_path, BEFORE_DUE)
    select(window, "Truusje")
    person.expect(person.save_as(tmp_path / "truus"))
    window.export_person_action.trigger()
    assert person.done() == []
    written = tmp_path / "truus.json"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["colleague"]["email"] == "truusje.weggaan@example.nl"
    assert [r["child_name"] for r in data["recorded_occasions"]] == ["Zonnestraal"]
    assert person.suggested == ["Truusje Weggaan.json"]


def test_leavers_due_are_erased_on_opening_and_the_dialog_shows_who_is_next(qtbot, register, db_path, person):
    fill(register)
    piet = next(c for c in register.colleagues() if c.first_name == "Piet")
    register.update(piet.with_changes(end_date=date(2026, 5, 31)))
    window = open_window(qtbot, register, db_path, date(2026, 7, 1))
    qtbot.waitUntil(lambda: first_names(register) == ["Jan", "Piet"])
    assert "1 former colleague erased" in window.statusBar().currentMessage()
    shown: list[list[str]] = []

    def erase_piet(dialog: FormerColleaguesDialog) -> None:
        shown.append([dialog.table.item(0, column).text() for column in range(4)])
        dialog.table.selectRow(0)
        dialog.erase_button.click()  # asks; the person answers Yes
        shown.append([str(dialog.table.rowCount())])
        dialog.reject()

    person.expect(erase_piet, person.answer(QMessageBox.StandardButton.Yes))
    window.former_action.trigger()
    assert person.done() == []
    assert shown == [["Piet Pieters", "31-05-2026", "31-05-2027", ""], ["0"]]
    assert first_names(register) == ["Jan"]


def test_nobody_is_erased_while_a_plan_about_them_is_open(qtbot, register, db_path, person):
    people = fill(register)
    truus = people["truus"]
    Celebrations(register.db).save(Celebration(None, f"custom-{truus.id}", "custom", truus.id, date(2026, 7, 15),
                                               date(2026, 7, 15), status=Status.PLANNED))
    register.add(Colleague(None, "Kees", "", "Later", "kees@example.nl"))
    window = open_window(qtbot, register, db_path, date(2026, 7, 1))
    assert "Truusje" in first_names(register)
    notes: list[str] = []
    person.expect(lambda dialog: (notes.append(dialog.table.item(0, 3).text()), dialog.reject()))
    window.former_action.trigger()
    assert person.done() == []
    assert notes == ["Waits: a plan about them is still open"]
