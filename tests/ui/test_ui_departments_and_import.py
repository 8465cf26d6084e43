"""The departments editor and the import preview (built from hand-made plans), both through the undo stack."""

from __future__ import annotations

from datetime import date

import pytest
from support.dialogs import cancel

from desktop.app import build_window
from desktop.exchange.importing import ImportPlan, PlannedRow, RefusedRow
from desktop.models.colleague import Colleague
from desktop.models.i18n import Message
from desktop.ui.departments_dialog import DepartmentsDialog
from desktop.ui.import_dialog import ImportDialog
from tests.ui.hand_clock import clock_on

TODAY = date(2026, 11, 28)


@pytest.fixture
def window(qtbot, register, db_path):
    ict = register.add_department("ICT")
    register.add_department("Zorg")
    register.add(Colleague(None, "Pieter", "", "Berg", department_id=ict.id))
    window = build_window(register, db_path, clock_on(TODAY))
    qtbot.addWidget(window)
    return window


@pytest.fixture
def departments(qtbot, window):
    dialog = DepartmentsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    return dialog


def listed(dialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_departments_are_listed_with_their_head_count(departments):
    assert listed(departments) == ["ICT (1)", "Zorg (0)"]


def test_add_rename_and_delete_each_undo(departments, register, window):
    assert departments.add_department("Facilitair")
    assert listed(departments) == ["Facilitair (0)", "ICT (1)", "Zorg (0)"]
    departments.select("ICT")
    assert departments.rename_selected("Informatisering")
    assert window.colleagues_page().proxy.index(0, 1).data() == "Informatisering"  # the table follows
    departments.select("Zorg")
    assert departments.delete_selected()
    assert [d.name for d in register.departments()] == ["Facilitair", "Informatisering"]
    stack = window.workspace.undo_stack
    stack.undo()
    stack.undo()
    assert window.undo_action.text() == "Undo Add department Facilitair"
    stack.undo()
    assert [d.name for d in register.departments()] == ["ICT", "Zorg"]
    assert listed(departments) == ["ICT (1)", "Zorg (0)"]
    stack.redo()
    stack.redo()
    stack.redo()
    assert [d.name for d in register.departments()] == ["Facilitair", "Informatisering"]


def test_refusals_show_the_store_message(departments, register, warnings):
    departments.select("ICT")
    assert not departments.delete_selected()
    assert warnings == ["This department still has 1 colleague; move them to another department first"]
    assert not departments.add_department("zorg")
    assert warnings[1] == "There is already a department called zorg"
    assert len(register.departments()) == 2


def plan(refused: bool = True) -> ImportPlan:
    existing = Colleague(1, "Pieter", "", "Berg")
    made = ImportPlan(rows=[
        PlannedRow(2, Colleague(None, "Anna", "", "Aalders", "anna@example.nl"), "Zorg", None),
        PlannedRow(3, existing.with_changes(email="pieter@example.nl"), "ICT", existing, ("email",)),
        PlannedRow(5, existing.with_changes(id=2, first_name="Jan"), "", existing.with_changes(id=2)),
    ])
    if refused:
        made.refused.append(RefusedRow(4, Message("Test", "{text} does not exist", {"text": "31-02-1980"})))
    made.warnings = [Message("Test", "Column {name} is not used", {"name": "Hobby"})]
    return made


def test_the_preview_lists_new_updated_refused_and_warnings(qtbot):
    dialog = ImportDialog(plan(), "hr.csv")
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert tabs == ["New (1)", "Updated (1)", "Refused (1)", "Warnings (1)"]
    assert dialog.summary.text() == "1 new, 1 updated, 1 unchanged, 1 refused"
    assert dialog.refused_list.topLevelItem(0).text(0) == "row 4: 31-02-1980 does not exist"
    updated = dialog.tabs.widget(1).topLevelItem(0)
    assert updated.text(5) == "E-mail"
    assert dialog.tabs.widget(3).topLevelItem(0).text(0) == "Column Hobby is not used"
    assert not dialog.import_button.isEnabled()
    dialog.skip_refused.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_a_clean_plan_can_be_imported_at_once(qtbot):
    dialog = ImportDialog(plan(refused=False), "hr.csv")
    qtbot.addWidget(dialog)
    assert dialog.skip_refused.isHidden()
    assert dialog.import_button.isEnabled()


def test_a_plan_without_changes_cannot_be_imported(qtbot):
    pieter = Colleague(1, "Pieter", "", "Berg")
    dialog = ImportDialog(ImportPlan(rows=[PlannedRow(2, pieter, "", pieter)]), "same.csv")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()


def test_an_import_is_one_undoable_step(window, register, person, tmp_path):
    from desktop.ui import import_flow

    path = tmp_path / "hr.csv"
    path.write_text("Voornaam;Achternaam;E-mail;Afdeling;Geboortedatum\n"
                    "Anna;Aalders;anna@example.nl;Zorg;\n"
                    "Pieter;Berg;pieter@example.nl;ICT;\n"  # the one already there: gets his e-mail
                    "Bert;Bad;;ICT;31-02-1980\n"  # refused
                    "Cor;Kok;;Nieuw;\n", encoding="utf-8")
    pieter = register.colleagues()[0]
    previewed = []

    def skip_the_refused_and_import(dialog):
        previewed.append((dialog.summary.text(), dialog.import_button.isEnabled()))
        dialog.skip_refused.setChecked(True)
        dialog.import_button.click()

    person.will(ImportDialog, skip_the_refused_and_import)
    assert import_flow.import_file(window, window.workspace, path, TODAY)
    assert previewed == [("2 new, 1 updated, 0 unchanged, 1 refused\nNew departments: Nieuw\n"
                         "Dates read as day/month/year", False)]
    assert sorted(c.full_name for c in register.colleagues()) == ["Anna Aalders", "Cor Kok", "Pieter Berg"]
    assert register.colleague(pieter.id).email == "pieter@example.nl"
    assert window.undo_action.text() == "Undo Import hr.csv"
    window.undo_action.trigger()
    assert register.colleagues() == [pieter]
    assert [d.name for d in register.departments()] == ["ICT", "Zorg"]
    window.redo_action.trigger()
    assert register.colleague(pieter.id).email == "pieter@example.nl"
    assert [d.name for d in register.departments()] == ["ICT", "Nieuw", "Zorg"]
    departments = {d.id: d.name for d in register.departments()}
    assert {c.full_name: departments[c.department_id] for c in register.colleagues()} == {
        "Anna Aalders": "Zorg", "Cor Kok": "Nieuw", "Pieter Berg": "ICT"}
    assert window.colleagues_page().proxy.rowCount() == 3


def test_a_cancelled_preview_imports_nothing(window, register, person, tmp_path, db_path):
    from desktop.ui import import_flow

    path = tmp_path / "hr.csv"
    path.write_text("Voornaam;Achternaam\nAnna;Aalders\n", encoding="utf-8")
    before = db_path.read_bytes()
    person.will(ImportDialog, cancel)
    assert not import_flow.import_file(window, window.workspace, path, TODAY)
    assert [c.full_name for c in register.colleagues()] == ["Pieter Berg"]
    assert db_path.read_bytes() == before
    assert not window.undo_action.isEnabled()


def test_an_unreadable_file_is_reported(window, warnings, tmp_path):
    from desktop.ui import import_flow

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert not import_flow.import_file(window, window.workspace, empty, TODAY)
    assert warnings == ["empty.csv cannot be imported: empty.csv is empty"]
