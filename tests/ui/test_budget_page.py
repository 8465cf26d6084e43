"""The Budget page's annual budgets, chart, print and export, through the real dialogs (tests/ui/person.py)."""

from __future__ import annotations

import csv
import stat
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox

from desktop.models.kinds import Kind
from desktop.store.file_settings import read_setting
from desktop.ui.budget.annual_dialog import AnnualBudgetDialog
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.planning.budget_view import BudgetView
from desktop.ui.workspace import Workspace
from tests.render.test_printing import make_office, pdf_text
from tests.ui.hand_clock import clock_on
from tests.ui.person import Person

TODAY = date(2027, 2, 20)


@pytest.fixture
def view(register, db_path, qtbot):
    make_office(register)
    clock = clock_on(TODAY)
    workspace = Workspace(register, db_path, ColleagueTableModel(register.colleagues(), register.departments(), clock))
    budget = BudgetView(workspace, clock)
    qtbot.addWidget(budget)
    return budget


@pytest.fixture
def person(qapp):
    before = qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    someone = Person()
    yield someone
    someone.stop()
    qapp.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, before)


def budgets(birthday: float, treat: float):
    def step(dialog: AnnualBudgetDialog) -> None:
        assert isinstance(dialog, AnnualBudgetDialog)
        for kind, value in ((Kind.BIRTHDAY, birthday), (Kind.MONTHLY_TREAT, treat)):
            box: QDoubleSpinBox = dialog.boxes[kind]
            box.setFocus()
            box.selectAll()
            box.lineEdit().insert(f"{value:.2f}")
    return step


def test_annual_budgets_are_set_in_their_dialog_and_drawn_against_the_plans(view, person, register):
    assert {row.kind: row.budget_cents for row in view.chart.rows} == {Kind.BIRTHDAY: None, Kind.MONTHLY_TREAT: None}
    person.expect(person.choose_then_accept(budgets(40, 100)))
    view.budgets_button.click()
    assert person.done() == []
    assert read_setting(register.db, "budget.birthday") == "40.00"
    assert read_setting(register.db, "budget.monthly_treat") == "100.00"
    assert read_setting(register.db, "budget.wedding") == ""  # left at "none"
    rows = {row.kind: row for row in view.chart.rows}
    assert (rows[Kind.BIRTHDAY].budget_cents, rows[Kind.BIRTHDAY].over) == (40_00, True)
    assert (rows[Kind.MONTHLY_TREAT].left_cents, rows[Kind.MONTHLY_TREAT].over) == (70_00, False)
    assert "€2.42 over budget" in view.chart.accessibleDescription()
    assert view.chart.height() > 0
    assert not view.chart.grab().isNull()


def test_cancelled_budgets_change_nothing(view, person, register):
    person.expect(person.cancel)
    view.budgets_button.click()
    assert person.done() == []
    assert read_setting(register.db, "budget.birthday") == ""


def test_the_year_exported_as_a_spreadsheet_for_the_owner_only(view, person, tmp_path, register):
    person.expect(person.choose_then_accept(budgets(40, 0)))
    view.budgets_button.click()
    person.expect(person.save_as(tmp_path / "year.csv"))
    view.export_button.click()
    assert person.done() == []
    assert person.suggested == ["budget-2027.pdf"]
    written = tmp_path / "year.csv"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["Kind", "Annual budget", "Planned", "Spent", "Left", "Celebrations"]
    assert ["Birthday", "40.00", "42.42", "0.00", "-2.42", "1"] in rows
    assert ["March", "72.42", "0.00", "2"] in rows
    assert rows[-1] == ["Total", "72.42", "0.00", "2"]


def test_the_year_exported_and_printed_as_pdf(view, person, tmp_path):
    person.expect(person.save_as(tmp_path / "year"))
    view.export_button.click()
    out = tmp_path / "printed.pdf"
    person.expect(person.print_to_file(out))
    view.print_button.click()
    assert person.done() == []
    for written in (tmp_path / "year.pdf", out):
        text = pdf_text(written)
        assert "Budget 2027" in text
        assert "€72.42" in text
        assert "no annual budget" in text
    assert stat.S_IMODE((tmp_path / "year.pdf").stat().st_mode) == 0o600
