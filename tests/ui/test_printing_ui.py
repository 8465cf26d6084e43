"""Printing from the window (issue 5): the options dialogs, the print preview and Export PDF, each through the
real dialogs, answered as a person would (tests/ui/person.py)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.exchange.month_report import ReportAudience
from desktop.ui.colleague_model import ColleagueTableModel
from desktop.ui.printing import actions
from desktop.ui.printing.dialogs import CalendarChoice, CalendarPrintDialog, MonthChoice, MonthPrintDialog
from desktop.ui.workspace import Workspace
from tests.render.test_printing import make_office, pdf_pages, pdf_text
from tests.ui.hand_clock import clock_on

TODAY = date(2027, 2, 20)  # late February: March is offered


@pytest.fixture
def workspace(register, db_path, qtbot):
    make_office(register)
    model = ColleagueTableModel(register.colleagues(), register.departments(), clock_on(TODAY))
    return Workspace(register, db_path, model)


@pytest.fixture
def person(printing_person):
    return printing_person


def paper_of(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return re.search(r"Page size:.*\((\w+)\)", info).group(1)


def board_on_letter(dialog: MonthPrintDialog) -> None:
    dialog.version_box.setCurrentIndex(1)
    dialog.paper_box.setCurrentIndex(1)


def test_the_month_dialog_offers_next_month_a4_and_the_manager_version(qtbot):
    dialog = MonthPrintDialog(2027, 3)
    qtbot.addWidget(dialog)
    assert dialog.choice() == MonthChoice(2027, 3, ReportAudience.MANAGER, "a4")
    assert dialog.choice().audience is ReportAudience.MANAGER  # the enum, not its text: the rules use `is`
    dialog.version_box.setCurrentIndex(1)
    dialog.paper_box.setCurrentIndex(1)
    dialog.month_box.setCurrentIndex(11)
    assert dialog.choice() == MonthChoice(2027, 12, ReportAudience.BOARD, "letter")
    assert dialog.choice().audience is ReportAudience.BOARD
    calendar = CalendarPrintDialog()
    qtbot.addWidget(calendar)
    assert calendar.choice() == CalendarChoice(False, False, "a4")


def test_print_month_shows_the_preview_of_the_offered_month(workspace, person, tmp_path):
    out = tmp_path / "printed.pdf"
    person.expect(person.accept, person.print_to_file(out))
    assert actions.print_month(None, workspace, TODAY) is True
    assert person.done() == []
    assert person.preview_pages == [pdf_pages(out)]
    text = pdf_text(out)
    assert "March 2027" in text
    assert "Quirine Stilte" in text
    assert "Taart-met-kaars" in text
    assert paper_of(out) == "A4"


def test_print_month_board_on_letter(workspace, person, tmp_path):
    out = tmp_path / "board.pdf"
    person.expect(person.choose_then_accept(board_on_letter), person.print_to_file(out))
    assert actions.print_month(None, workspace, TODAY) is True
    assert person.done() == []
    text = pdf_text(out)
    assert "Anna Zichtbaar" in text
    assert "Quirine Stilte" not in text
    assert "Taart-met-kaars" not in text
    assert paper_of(out) == "letter"


def test_cancelling_the_dialog_prints_nothing(workspace, person):
    person.expect(person.cancel)
    assert actions.print_month(None, workspace, TODAY) is False
    assert person.done() == []  # and no preview opened: it would have been unexpected


def test_export_month_pdf(workspace, person, tmp_path):
    """The crash of issue #10: the dialog handed back the audience as a plain string."""
    person.expect(person.accept, person.save_as(tmp_path / "overview"))
    written = actions.export_month_pdf(None, workspace, TODAY)
    assert person.done() == []
    assert written == tmp_path / "overview.pdf"
    assert person.suggested == ["celebrations-2027-03.pdf"]
    assert "Pieter Notitie" in pdf_text(written)


def test_export_board_pdf_is_named_for_the_board_and_keeps_private_things_out(workspace, person, tmp_path):
    person.expect(person.choose_then_accept(board_on_letter), person.save_as(tmp_path / "board.pdf"))
    written = actions.export_month_pdf(None, workspace, TODAY)
    assert person.done() == []
    assert person.suggested == ["notice-board-2027-03.pdf"]
    text = pdf_text(written)
    assert "Anna Zichtbaar" in text
    assert "Quirine Stilte" not in text
    assert paper_of(written) == "letter"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is a folder nobody may write to")
def test_export_to_an_unwritable_place_warns(workspace, person):
    person.expect(person.accept, person.save_as(Path("/proc/overview.pdf")), person.accept)
    assert actions.export_month_pdf(None, workspace, TODAY) is None
    assert person.done() == []
    assert len(person.messages) == 1
    assert "could not be written" in person.messages[0]


def test_print_birthday_calendar(workspace, person, tmp_path):
    out = tmp_path / "calendar.pdf"

    def years_two_per_page(dialog: CalendarPrintDialog) -> None:
        dialog.years_box.setChecked(True)
        dialog.two_box.setChecked(True)

    person.expect(person.choose_then_accept(years_two_per_page), person.print_to_file(out))
    assert actions.print_birthday_calendar(None, workspace, TODAY) is True
    assert person.done() == []
    text = pdf_text(out)
    assert pdf_pages(out) == 6
    assert "Anna Zichtbaar (1987)" in text
    assert "Quirine Stilte" not in text


def test_export_birthday_calendar_pdf(workspace, person, tmp_path):
    person.expect(person.accept, person.save_as(tmp_path / "birthdays.pdf"))
    written = actions.export_birthday_calendar_pdf(None, workspace, TODAY)
    assert person.done() == []
    assert person.suggested == ["birthday-calendar.pdf"]
    assert pdf_pages(written) == 12
    assert "Anna Zichtbaar" in pdf_text(written)


@pytest.mark.parametrize("package", ["desktop.ui.printing", "desktop.render"])
def test_the_printing_packages_load_nothing_at_start_up(package):
    init = Path(__import__(package, fromlist=["_"]).__file__)
    assert not [node for node in ast.parse(init.read_text()).body if isinstance(node, ast.Import | ast.ImportFrom)]


def test_the_window_starts_without_loading_any_printing_code(tmp_path):
    """Start-up pays for the first view only (bench/bench_startup.py): printing loads on first use."""
    script = f"""
import sys
from datetime import date
from PySide6.QtWidgets import QApplication
from pathlib import Path
from desktop.app import build_window, open_register
app = QApplication([])
window = build_window(*open_register(Path({str(tmp_path / "start.sqlite")!r}), lambda message: None))
window.show()
app.processEvents()
print(sorted(name for name in sys.modules if name.startswith(("desktop.render", "desktop.ui.printing",
                                                               "PySide6.QtPrintSupport"))))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[2], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip() == "[]"
