"""Printing from the window (issue 5): the options dialogs, the print preview and Export PDF."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.exchange.month_report import ReportAudience
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.printing import actions
from desktop.ui.printing.dialogs import CalendarChoice, CalendarPrintDialog, MonthChoice, MonthPrintDialog
from desktop.ui.workspace import Workspace
from tests.render.test_printing import make_office, pdf_pages, pdf_text
from tests.ui.hand_clock import clock_on

TODAY = date(2027, 2, 20)


@pytest.fixture
def workspace(register, db_path, qtbot):
    make_office(register)
    model = ColleagueTableModel(register.colleagues(), register.departments(), clock_on(TODAY))
    return Workspace(register, db_path, model)


@pytest.fixture
def previewed(monkeypatch, tmp_path):
    """The print preview 'prints' to a PDF instead of waiting for a click: the pages it was asked to paint."""
    out = tmp_path / "preview.pdf"
    seen = {}

    def fake_exec(dialog):
        printer = dialog.printer()
        seen["paper"] = printer.pageLayout().pageSize().id()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    seen["out"] = out
    return seen


def choose_month(monkeypatch, audience=ReportAudience.MANAGER, paper="a4", asked=None):
    def ask(parent, year, month):
        if asked is not None:
            asked.append((year, month))
        return MonthChoice(2027, 3, audience, paper)

    monkeypatch.setattr(MonthPrintDialog, "ask", ask)


def test_the_month_dialog_offers_next_month_a4_and_the_manager_version(qtbot):
    dialog = MonthPrintDialog(2027, 3)
    qtbot.addWidget(dialog)
    assert dialog.choice() == MonthChoice(2027, 3, ReportAudience.MANAGER, "a4")
    dialog.version_box.setCurrentIndex(1)
    dialog.paper_box.setCurrentIndex(1)
    dialog.month_box.setCurrentIndex(11)
    assert dialog.choice() == MonthChoice(2027, 12, ReportAudience.BOARD, "letter")
    calendar = CalendarPrintDialog()
    qtbot.addWidget(calendar)
    assert calendar.choice() == CalendarChoice(False, False, "a4")


def test_print_month_shows_the_preview_of_the_chosen_month(workspace, monkeypatch, previewed):
    asked = []
    choose_month(monkeypatch, asked=asked)
    assert actions.print_month(None, workspace, TODAY) is True
    assert asked == [(2027, 3)]  # late February: next month is offered
    text = pdf_text(previewed["out"])
    assert "March 2027" in text
    assert "Quirine Stilte" in text
    assert "Taart-met-kaars" in text
    from PySide6.QtGui import QPageSize

    assert previewed["paper"] == QPageSize.PageSizeId.A4


def test_print_month_board_on_letter(workspace, monkeypatch, previewed):
    choose_month(monkeypatch, ReportAudience.BOARD, "letter")
    assert actions.print_month(None, workspace, TODAY) is True
    text = pdf_text(previewed["out"])
    assert "Anna Zichtbaar" in text
    assert "Quirine Stilte" not in text
    assert "Taart-met-kaars" not in text
    from PySide6.QtGui import QPageSize

    assert previewed["paper"] == QPageSize.PageSizeId.Letter


def test_cancelling_the_dialog_prints_nothing(workspace, monkeypatch, previewed):
    monkeypatch.setattr(MonthPrintDialog, "ask", lambda parent, year, month: None)
    assert actions.print_month(None, workspace, TODAY) is False
    assert not previewed["out"].exists()


def test_export_month_pdf(workspace, monkeypatch, tmp_path):
    choose_month(monkeypatch)
    suggested = []

    def save_as(parent, caption, name, filters):
        suggested.append(Path(name).name)
        return str(tmp_path / "overview"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    written = actions.export_month_pdf(None, workspace, TODAY)
    assert written == tmp_path / "overview.pdf"
    assert suggested == ["celebrations-2027-03.pdf"]
    assert "Pieter Notitie" in pdf_text(written)


def test_export_to_an_unwritable_place_warns(workspace, monkeypatch, tmp_path):
    choose_month(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "gone" / "x.pdf"), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, message: warnings.append(message))
    assert actions.export_month_pdf(None, workspace, TODAY) is None
    assert warnings
    assert "could not be written" in warnings[0]


def test_print_birthday_calendar(workspace, monkeypatch, previewed):
    monkeypatch.setattr(CalendarPrintDialog, "ask", lambda parent: CalendarChoice(True, True, "a4"))
    assert actions.print_birthday_calendar(None, workspace, TODAY) is True
    text = pdf_text(previewed["out"])
    assert pdf_pages(previewed["out"]) == 6
    assert "Anna Zichtbaar (1987)" in text
    assert "Quirine Stilte" not in text


def test_the_printing_package_loads_nothing_at_start_up():
    init = Path(actions.__file__).with_name("__init__.py")
    assert not [node for node in ast.parse(init.read_text()).body if isinstance(node, ast.Import | ast.ImportFrom)]
